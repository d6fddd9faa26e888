import { describe, expect, it } from 'vitest';
import { parseEmbedQuery } from '../../src/app/embed/embedQuery.ts';
import { embedTheme } from '../../src/app/embed/embedTheme.ts';

describe('embed theme without the full parser', () => {
  it('reads the theme a link names exactly as the embed parser does', () => {
    const queries = [
      'v=1&view=case&case=003-zhou&theme=dark',
      'v=1&theme=contrast',
      'v=1&theme=dark&theme=contrast',
      'v=1&theme=neon',
      'v=1&theme=' + 'd'.repeat(30),
      'v=2&theme=dark',
      'theme=dark',
      'v=1&v=2&theme=dark',
      'v=1',
      '',
    ];
    for (const q of queries) expect(embedTheme(q), q).toBe(parseEmbedQuery(q).options.theme);
    expect(embedTheme('v=1&theme=dark')).toBe('dark');
    expect(embedTheme('v=1&theme=neon')).toBe('light');
  });
});
