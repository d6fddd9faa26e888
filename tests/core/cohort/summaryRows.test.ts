// The cohort drawn from the library summary: every row the summary gives is the row the full case
// gives (buildCohort), for the shipped cases read from public/data as the build reads them, for a
// broken file, and for a reader's own file made into an entry in the app.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCohort,
  cohortLegend,
  cohortRow,
  entryCohort,
  packRow,
  rowFacts,
  unpackRow,
} from '../../../src/core/cohort/index.ts';
import { citationLines, citedLines } from '../../../src/core/export/citation.ts';
import {
  entryOfLoad,
  loadLibrary,
  loadOwnCase,
  parseLibrarySummary,
  type LibrarySummary,
  type Reader,
} from '../../../src/core/library/index.ts';
import { folderReader, libraryJson } from '../../../scripts/librarySummary.ts';

const DATA = 'public/data';
const disk: Reader = folderReader(DATA);
const label = (p: string) => `data/${p}`;

/** The summary as the build writes it and the app reads it back (through JSON text). */
async function servedSummary(dir = DATA): Promise<LibrarySummary> {
  const parsed = parseLibrarySummary(await libraryJson(dir), 'data/library.json');
  if (!parsed || 'problems' in parsed) throw new Error('the built summary did not parse');
  return parsed;
}

describe('the cohort of the library summary', () => {
  it('has the same rows, extents and legend as the cohort of the full shipped cases', async () => {
    const summary = await servedSummary();
    const full = await loadLibrary(disk, { label });
    expect(full.cases.length).toBe(6);
    expect(full.cases.every((c) => c.status === 'ok')).toBe(true);
    const fromSummary = entryCohort(summary.cases);
    const fromFiles = buildCohort(full.cases);
    expect(fromSummary.rows.map((r) => r.id)).toEqual(full.cases.map((c) => c.entry.id));
    // Row by row first, so a difference names its case.
    for (const [i, row] of fromFiles.rows.entries()) expect(fromSummary.rows[i]).toEqual(row);
    expect(fromSummary).toEqual(fromFiles);
    expect(cohortLegend(fromSummary.rows)).toEqual(cohortLegend(fromFiles.rows));
  });

  it('cites the same sources as the full cases do (the print note and the export footer)', async () => {
    const summary = await servedSummary();
    const full = await loadLibrary(disk, { label });
    const cases = full.cases.flatMap((c) => (c.status === 'ok' ? [c.case] : []));
    const entries = summary.cases.flatMap((e) => (e.status === 'ok' ? [e] : []));
    expect(citedLines(entries)).toEqual(citationLines(cases));
    expect(citedLines(entries.slice(4, 5))).toEqual(citationLines(cases.slice(4, 5)));
  });

  it('lists a case whose file failed the build’s check as not drawn, with the same problems', async () => {
    const broken = 'cases/002a-pan-case-1.json';
    const read: Reader = async (p) => (p === broken ? '{ "formatVersion": 1, "id": ' : disk(p));
    const { buildLibrarySummary } = await import('../../../src/core/library/index.ts');
    const { summary, load } = await buildLibrarySummary(read, { label });
    const fromSummary = entryCohort(
      JSON.parse(JSON.stringify(summary.cases)) as LibrarySummary['cases'],
    );
    expect(fromSummary).toEqual(buildCohort(load.cases));
    expect(fromSummary.failed.map((f) => f.id)).toEqual(['002a-pan-case-1']);
    expect(fromSummary.failed[0]!.problems[0]).toMatch(/data\/cases\/002a-pan-case-1\.json/);
    expect(fromSummary.rows).toHaveLength(5);
  });

  it('gives a reader’s own file, made into an entry in the app, the row its full case gives', () => {
    const text = readFileSync(join(DATA, 'cases/003-zhou.json'), 'utf8');
    const own = loadOwnCase(text, 'zhou copy.json');
    expect(own.status).toBe('ok');
    const entry = entryOfLoad(own, 6, null);
    const [row] = entryCohort([entry]).rows;
    expect(row).toEqual(cohortRow(own));
    expect(row!.id).toBe(own.entry.id);
  });
});

describe('packRow', () => {
  it('unpacks, after a trip through JSON, to exactly the facts packed, for every shipped case', async () => {
    const full = await loadLibrary(disk, { label });
    for (const load of full.cases) {
      if (load.status !== 'ok') throw new Error(`${load.entry.id} did not load`);
      const facts = rowFacts(load.case, load.resolved);
      const packed = JSON.parse(JSON.stringify(packRow(facts))) as ReturnType<typeof packRow>;
      expect(unpackRow(packed)).toEqual(facts);
      // Each distinct glyph is stored once.
      const distinct = new Set(facts.markers.map((m) => JSON.stringify(m.glyph)));
      expect(packed.glyphs).toHaveLength(distinct.size);
    }
  });
});

describe('parseLibrarySummary of an older summary', () => {
  it('returns null for a version-1 summary (no rows), so the app builds one from the files', () => {
    expect(parseLibrarySummary('{"formatVersion":1,"cases":[]}', 'data/library.json')).toBeNull();
  });
});
