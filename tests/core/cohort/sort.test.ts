import { describe, expect, it } from 'vitest';
import {
  buildCohort,
  crsKey,
  crsRank,
  sortRows,
  type CohortRow,
} from '../../../src/core/cohort/index.ts';
import type { Event } from '../../../src/core/format/index.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';
import { libraryLoads } from './helpers.ts';

const rows = () => buildCohort(libraryLoads()).rows;
const ids = (rs: CohortRow[]) => rs.map((r) => r.id);

const crs = (over: Partial<Extract<Event, { kind: 'toxicity' }>>): Event => ({
  id: `crs-${Math.random().toString(36).slice(2, 7)}`,
  kind: 'toxicity',
  toxicity: 'CRS',
  occurred: true,
  label: 'CRS',
  time: { kind: 'unknown' },
  provenance: stated,
  ...over,
});

describe('sortRows', () => {
  it('follow-up, longest first: timed rows by last day descending, rows without one last', () => {
    const sorted = sortRows(rows(), 'follow-up', true);
    const timed = sorted.filter((r) => r.sort.followUp !== null);
    const days = timed.map((r) => r.sort.followUp!);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(ids(sorted.slice(0, timed.length))).toEqual(ids(timed));
    expect(timed.length).toBe(3);
  });

  it('follow-up, shortest first: reversed timed part, untimed rows still last', () => {
    const desc = sortRows(rows(), 'follow-up', true);
    const asc = sortRows(rows(), 'follow-up', false);
    const timed = (rs: CohortRow[]) => ids(rs.filter((r) => r.sort.followUp !== null));
    expect(timed(asc)).toEqual([...timed(desc)].reverse());
    expect(asc.slice(-3).every((r) => r.sort.followUp === null)).toBe(true);
  });

  it('CRS grade, highest first: graded by number, then CRS without grade, then silence', () => {
    const sorted = sortRows(rows(), 'crs', true);
    const ranks = sorted.map((r) => crsRank(r.sort.crs));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(sorted[0]!.sort.crs).toMatchObject({ kind: 'grade', value: 3 });
    expect(sorted[1]!.sort.crs).toMatchObject({ kind: 'grade', value: 1 });
    expect(sorted[2]!.sort.crs.kind).toBe('occurred-no-grade');
  });

  it('target: cases with no stated target come last in either direction', () => {
    for (const desc of [true, false]) {
      const sorted = sortRows(rows(), 'target', desc);
      expect(sorted.at(-1)!.sort.target).toBe('');
      const named = sorted.filter((r) => r.sort.target).map((r) => r.sort.target);
      const want = [...named].sort((a, b) => a.localeCompare(b, 'en'));
      expect(named).toEqual(desc ? want.reverse() : want);
    }
  });

  it('disease: alphabetical, ties broken by id so the order is stable', () => {
    const sorted = sortRows(rows(), 'disease', false);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      const cmp = a.sort.disease.localeCompare(b.sort.disease, 'en');
      expect(cmp < 0 || (cmp === 0 && a.id < b.id)).toBe(true);
    }
  });
});

describe('crsKey', () => {
  it('tells "no CRS" (stated) from silence, and both from CRS without a grade', () => {
    expect(crsKey(makeCase([])).kind).toBe('not-reported');
    expect(crsKey(makeCase([crs({ occurred: false })])).kind).toBe('none');
    expect(crsKey(makeCase([crs({ grade: 'not-reported' })])).kind).toBe('occurred-no-grade');
    const ranks = [
      crsKey(makeCase([])),
      crsKey(makeCase([crs({ occurred: false })])),
      crsKey(makeCase([crs({ grade: 'not-reported' })])),
      crsKey(makeCase([crs({ grade: { scale: 'ASTCT', value: 1 } })])),
    ].map(crsRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(4);
  });

  it('takes the highest of several grades and names its scale', () => {
    const k = crsKey(
      makeCase([
        crs({ grade: { scale: 'ASTCT', value: 2 } }),
        crs({ grade: { scale: 'ASTCT', value: 4 } }),
      ]),
    );
    expect(k).toMatchObject({ kind: 'grade', value: 4, short: 'CRS grade 4 (ASTCT)' });
  });
});

describe('buildCohort', () => {
  it('lists a case that failed to load apart, with its problems, and still draws the others', () => {
    const loads = libraryLoads();
    const bad = loads[2]!;
    const problem = {
      severity: 'error' as const,
      code: 'json',
      file: `public/data/${bad.entry.file}`,
      path: '',
      expected: 'valid JSON',
      found: 'end of text',
      fix: 'Close the object.',
    };
    loads[2] = { entry: bad.entry, status: 'error', problems: [problem] };
    const cohort = buildCohort(loads);
    expect(cohort.rows).toHaveLength(loads.length - 1);
    expect(cohort.failed).toHaveLength(1);
    expect(cohort.failed[0]!.id).toBe(bad.entry.id);
    expect(cohort.failed[0]!.problems[0]).toContain(problem.file);
    expect(cohort.failed[0]!.problems[0]).toContain(problem.fix);
  });

  it('spans every timed marker with its uncertainty, and sizes the zones for the widest row', () => {
    const cohort = buildCohort(libraryLoads());
    const [lo, hi] = cohort.domain;
    for (const r of cohort.rows)
      for (const m of r.markers)
        if (m.place.kind === 'point' || m.place.kind === 'window') {
          expect(m.place.lo).toBeGreaterThanOrEqual(lo);
          expect(m.place.hi).toBeLessThanOrEqual(hi);
        }
    expect(cohort.zoneSlots.after).toBe(Math.max(...cohort.rows.map((r) => r.zoneCounts.after)));
    expect(cohort.zoneSlots.before).toBe(Math.max(...cohort.rows.map((r) => r.zoneCounts.before)));
  });
});
