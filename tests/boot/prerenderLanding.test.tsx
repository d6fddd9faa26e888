import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { landingMarkup } from '../../scripts/prerenderLanding.tsx';
import { folderReader } from '../../scripts/librarySummary.ts';
import { buildLibrarySummary } from '../../src/core/library/librarySummary.ts';

describe('the landing page as the build renders it', () => {
  it('is the app’s own header, search and one card per case, from the library summary', async () => {
    const { summary } = await buildLibrarySummary(folderReader('public/data'));
    const html = landingMarkup(JSON.stringify(summary), 'data/library.json')!;
    expect(html).toContain('class="site-header"');
    expect(html).toContain('role="search"');
    const cards = html.match(/class="card"/g) ?? [];
    expect(cards.length).toBe(summary.cases.length);
    for (const c of summary.cases) expect(html).toContain(`data-case-id="${c.id}"`);
    expect(html).not.toMatch(/<script/i);
  });

  it('is not written from a file that is not a summary', async () => {
    expect(landingMarkup('{"cases": 3}', 'data/library.json')).toBeNull();
    expect(landingMarkup(await readFile('public/data/index.json', 'utf8'), 'x')).toBeNull();
  });
});
