import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { cohortMarkup, landingMarkup } from '../../scripts/prerenderPages.tsx';
import { folderReader } from '../../scripts/librarySummary.ts';
import {
  COHORT_PICTURE_BOXES,
  COHORT_PICTURE_ROWS,
  LANDING_PICTURE_CARDS,
} from '../../src/boot/prerenderFiles.ts';
import { DEFAULT_COHORT_QUERY, entryCohort, sortRows } from '../../src/core/cohort/index.ts';
import { buildLibrarySummary, type LibrarySummary } from '../../src/core/library/librarySummary.ts';
import {
  coordinateWidth,
  SCREEN_FONT,
  sameDrawing,
} from '../../src/views/CohortPage/SwimmerChart.tsx';

let summary: LibrarySummary;
beforeAll(async () => {
  ({ summary } = await buildLibrarySummary(folderReader('public/data')));
});

/** The cohort's rows in the order the page first shows them (no view in the address). */
const firstIds = (s: LibrarySummary) =>
  sortRows(entryCohort(s.cases).rows, DEFAULT_COHORT_QUERY.sort, DEFAULT_COHORT_QUERY.desc).map(
    (r) => r.id,
  );

/** Each drawing of the swimmer chart in the markup: its box widths and its rows' case ids. */
const drawings = (html: string) =>
  html
    .split(/(?=<div data-box-min=)/)
    .slice(1)
    .map((part) => ({
      min: Number(/data-box-min="(\d+)"/.exec(part)![1]),
      max: Number(/data-box-max="(\d+)"/.exec(part)![1]),
      ids: [...part.matchAll(/<li class="swimmer-row" data-case-id="([^"]+)"/g)].map((m) => m[1]),
    }));

describe('the landing page as the build renders it', () => {
  it('is the app’s own header, search and one card per case, from the library summary', () => {
    const html = landingMarkup(JSON.stringify(summary), 'data/library.json')!;
    expect(html).toContain('class="site-header"');
    expect(html).toContain('role="search"');
    const cards = html.match(/class="card"/g) ?? [];
    expect(cards.length).toBe(summary.cases.length);
    for (const c of summary.cases) expect(html).toContain(`data-case-id="${c.id}"`);
    expect(html).not.toMatch(/<script/i);
  });

  it('holds the first screen’s cards of a library of 1,000 cases, in library order, and no “Show more”', () => {
    const cases = Array.from({ length: 1000 }, (_, i) => {
      const c = summary.cases[i % summary.cases.length]!;
      return { ...c, id: `${c.id}-${i}` };
    });
    const html = landingMarkup(JSON.stringify({ ...summary, cases }), 'data/library.json')!;
    const ids = [...html.matchAll(/<article class="card"[^>]*data-case-id="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(ids).toEqual(cases.slice(0, LANDING_PICTURE_CARDS).map((c) => c.id));
    expect(html).not.toContain('library__more');
    // The counts still speak of the whole library.
    expect(html).toContain('1000 cases');
  });

  it('is not written from a file that is not a summary', async () => {
    expect(landingMarkup('{"cases": 3}', 'data/library.json')).toBeNull();
    expect(landingMarkup(await readFile('public/data/index.json', 'utf8'), 'x')).toBeNull();
    expect(cohortMarkup('{"cases": 3}', 'data/library.json')).toBeNull();
  });
});

describe('the cohort page as the build renders it', () => {
  it('is the app’s own header, search and swimmer chart of every shipped case, once per box width', () => {
    const html = cohortMarkup(JSON.stringify(summary), 'data/library.json')!;
    expect(html).toContain('class="site-header"');
    expect(html).toContain('<h1 tabindex="-1">Cohort</h1>');
    expect(html).toContain(`${summary.cases.length} patients`);
    expect(html).toContain('role="search"');
    expect(html).not.toMatch(/<script/i);
    // Print-only citations are no part of a picture of the screen.
    expect(html).not.toContain('export-print-note');
    const drawn = drawings(html);
    expect(drawn).toHaveLength(COHORT_PICTURE_BOXES.length);
    for (const d of drawn) expect(d.ids).toEqual(firstIds(summary));
  });

  it('holds the first screen’s rows of a library of 1,000 cases, in the order the page shows them', () => {
    const cases = Array.from({ length: 1000 }, (_, i) => {
      const c = summary.cases[i % summary.cases.length]!;
      return { ...c, id: `${c.id}-${i}` };
    });
    const big = { ...summary, cases };
    const html = cohortMarkup(JSON.stringify(big), 'data/library.json')!;
    expect(html).toContain('1000 patients');
    for (const d of drawings(html))
      expect(d.ids).toEqual(firstIds(big).slice(0, COHORT_PICTURE_ROWS));
    expect(html.match(/class="swimmer-row"/g)).toHaveLength(
      COHORT_PICTURE_ROWS * COHORT_PICTURE_BOXES.length,
    );
  });

  it('marks each drawing with the box widths the live chart draws exactly as it', () => {
    const html = cohortMarkup(JSON.stringify(summary), 'data/library.json')!;
    const least = Number(/viewBox="0 0 (\d+) 44"/.exec(html.split('data-box-min')[2]!)![1]);
    for (const [i, box] of COHORT_PICTURE_BOXES.entries()) {
      const d = drawings(html)[i]!;
      expect(d.min).toBeLessThanOrEqual(box);
      expect(d.max).toBeGreaterThanOrEqual(box);
      expect(sameDrawing(d.min, SCREEN_FONT, least)).toEqual([d.min, d.max]);
      const width = coordinateWidth(box, SCREEN_FONT, least);
      for (let m = d.min; m <= d.max; m++)
        expect(coordinateWidth(m, SCREEN_FONT, least)).toBe(width);
    }
    // The phone's drawing: the chart at its least width, for every box narrower than that.
    expect(drawings(html)[1]!.min).toBe(1);
  });
});
