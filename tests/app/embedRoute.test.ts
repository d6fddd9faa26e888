import { describe, expect, it } from 'vitest';
import { embedHref, parseHash } from '../../src/app/router/route.ts';
import { parseThemeChoice, resolveTheme, parseTheme } from '../../src/app/theme/theme.ts';

describe('the embed route', () => {
  it('parses "#/embed?…" with its query, and "#/embed" with none', () => {
    expect(parseHash('#/embed?v=1&view=cohort')).toEqual({
      name: 'embed',
      query: 'v=1&view=cohort',
    });
    expect(parseHash('#/embed')).toEqual({ name: 'embed', query: '' });
    expect(parseHash('#/embedded')).toMatchObject({ name: 'not-found' });
  });

  it('embedHref writes a link parseHash reads back', () => {
    const q = 'v=1&view=case&case=003-zhou&theme=dark';
    expect(parseHash(embedHref(q))).toEqual({ name: 'embed', query: q });
  });
});

describe('themes', () => {
  it('reads only the three theme names; a stored choice falls back to following the system', () => {
    expect(parseTheme('contrast')).toBe('contrast');
    expect(parseTheme('neon')).toBeNull();
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('<img>')).toBe('auto');
    expect(parseThemeChoice(null)).toBe('auto');
  });

  it('"auto" follows the system: high contrast before dark, light otherwise', () => {
    expect(resolveTheme('auto', { dark: false, contrast: false })).toBe('light');
    expect(resolveTheme('auto', { dark: true, contrast: false })).toBe('dark');
    expect(resolveTheme('auto', { dark: true, contrast: true })).toBe('contrast');
    expect(resolveTheme('light', { dark: true, contrast: true })).toBe('light');
  });
});
