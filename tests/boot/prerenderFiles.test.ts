import { describe, expect, it } from 'vitest';
import {
  likelyChartWidth,
  nearestWidth,
  parsePictureHead,
  pictureHeadPath,
  PRERENDER_LIST,
  PRERENDER_WIDTHS,
  prerenderable,
  prerenderPath,
} from '../../src/boot/prerenderFiles.ts';
import { THEMES } from '../../src/app/theme/theme.ts';
import { folderReader } from '../../scripts/librarySummary.ts';
import { prerenderLibrary } from '../../scripts/prerender.ts';
import { CASE_IDS } from '../data/library.ts';
import { readFileSync } from 'node:fs';

describe('the build’s pictures of case charts', () => {
  it('are named by case, theme and width, for ids safe as a folder name only', () => {
    expect(prerenderPath('003-zhou', 'dark', 1216)).toBe('prerender/003-zhou/dark-1216.svg');
    expect(prerenderable('003-zhou')).toBe(true);
    for (const bad of ['own:zhou.json', '../x', 'a/b', '', '.hidden', 'a..b'])
      expect(prerenderable(bad), bad).toBe(false);
  });

  it('a chart box shows the picture drawn nearest its width', () => {
    expect(nearestWidth(1216)).toBe(1216);
    expect(nearestWidth(1300)).toBe(1376);
    expect(nearestWidth(200)).toBe(PRERENDER_WIDTHS[0]);
    expect(nearestWidth(4000)).toBe(PRERENDER_WIDTHS.at(-1));
  });

  it('the picture requested before layout is the one the common windows measure', () => {
    // Windows of 390, 768, 1024, 1280 and 1440 px and a wide one, against the chart box widths the
    // page measures at them (PRERENDER_WIDTHS; the browser checks compare them with the live page).
    const windows = [390, 768, 1024, 1280, 1440, 1920];
    expect(windows.map((w) => likelyChartWidth(w))).toEqual([...PRERENDER_WIDTHS]);
    expect(likelyChartWidth(1265)).toBe(1216); // a 1280 px window with a classic scroll bar
  });

  it('are drawn for every case of the shipped library that loads, in every theme and width', async () => {
    const files = await prerenderLibrary(folderReader('public/data'));
    const list = JSON.parse(files.get(PRERENDER_LIST)!) as { ids: string[]; widths: number[] };
    expect(list.ids).toEqual(CASE_IDS);
    expect(list.widths).toEqual(PRERENDER_WIDTHS);
    // Per case its pictures and its head (title, summary, file), besides the list.
    expect(files.size).toBe(1 + list.ids.length * (THEMES.length * PRERENDER_WIDTHS.length + 1));
    const zhou = files.get(prerenderPath('003-zhou', 'light', 1216))!;
    expect(zhou).toMatch(/^<\?xml[^]*<svg[^>]*width="1216"/);
    expect(zhou).toContain('data-mark="cart"');
    expect(zhou).not.toMatch(/<script|foreignObject|\son\w+=/i);
  });

  it('carry each case’s head as its page shows it, and the file a case link reads', async () => {
    const files = await prerenderLibrary(folderReader('public/data'));
    const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as {
      cases: Array<{ id: string; file: string }>;
    };
    for (const { id, file } of index.cases) {
      const c = JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as Record<string, string>;
      expect(parsePictureHead(files.get(pictureHeadPath(id))!), id).toEqual({
        title: c.title,
        summary: c.summary,
        file,
      });
    }
  });

  it('a head that is not one gives null, so the page waits for the app instead', () => {
    for (const bad of [
      null,
      '',
      '{',
      'null',
      '[]',
      '{"title":"t","summary":"s"}',
      '{"title":1,"summary":"s","file":"f"}',
    ])
      expect(parsePictureHead(bad), String(bad)).toBeNull();
  });

  it('can be drawn for chosen cases only, as the benchmark’s site copies do', async () => {
    const files = await prerenderLibrary(folderReader('public/data'), {
      only: new Set(['004-kong']),
    });
    expect(JSON.parse(files.get(PRERENDER_LIST)!).ids).toEqual(['004-kong']);
    expect(
      [...files.keys()].filter((p) => p.endsWith('.svg')).every((p) => p.includes('/004-kong/')),
    ).toBe(true);
  });
});
