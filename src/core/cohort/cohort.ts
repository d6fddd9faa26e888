import type { CaseLoad } from '../library/loadLibrary.ts';
import type { LibraryEntry } from '../library/summaryFile.ts';
import { unpackRow } from './packRow.ts';
import { cohortRow, failedRow, rowOf } from './row.ts';
import { crsRank } from './sortKeys.ts';
import type { Cohort, CohortFailedRow, CohortRow, SortKey } from './types.ts';

/** Swimmer rows of every case (failed loads listed apart), with the shared extents. */
export function buildCohort(loads: readonly CaseLoad[]): Cohort {
  return cohortOf(loads.map(cohortRow));
}

/**
 * The same cohort from library entries (the summary's, and the reader's own files made into
 * entries): each row made by rowOf from the packed facts the entry carries, so no case file is read.
 */
export function entryCohort(entries: readonly LibraryEntry[]): Cohort {
  return cohortOf(entries.map(entryRow));
}

// A search typed over 1,000 cases makes a new cohort on every keystroke; an entry's row is made once.
const entryRows = new WeakMap<LibraryEntry, CohortRow | CohortFailedRow>();

/** The row of one entry (made once per entry object). */
function entryRow(e: LibraryEntry): CohortRow | CohortFailedRow {
  let row = entryRows.get(e);
  if (!row) {
    row =
      e.status === 'ok'
        ? rowOf(unpackRow(e.row), e.id, e.title)
        : failedRow(e.id, e.title, e.problems);
    entryRows.set(e, row);
  }
  return row;
}

/** Rows split into drawn and failed, with the time domain and zone widths they share. */
function cohortOf(all: ReadonlyArray<CohortRow | CohortFailedRow>): Cohort {
  const rows: CohortRow[] = [];
  const failed: CohortFailedRow[] = [];
  for (const row of all) {
    if (row.status === 'ok') rows.push(row);
    else failed.push(row);
  }
  let lo = 0;
  let hi = 0;
  const zoneSlots = { before: 0, after: 0 };
  for (const r of rows) {
    for (const m of r.markers) {
      if (m.place.kind === 'point' || m.place.kind === 'window') {
        lo = Math.min(lo, m.place.lo);
        hi = Math.max(hi, m.place.hi);
      }
    }
    zoneSlots.before = Math.max(zoneSlots.before, r.zoneCounts.before);
    zoneSlots.after = Math.max(zoneSlots.after, r.zoneCounts.after);
  }
  return { rows, failed, domain: [lo, hi], zoneSlots };
}

const text = (a: string, b: string) => a.localeCompare(b, 'en');

/**
 * Compares two rows by a sort key, `desc` meaning longest follow-up / highest CRS grade / Z–A
 * first. Rows without the value (no timed follow-up, no stated target) come last either way;
 * ties fall back to the case id, so the order is stable.
 */
function compare(a: CohortRow, b: CohortRow, key: SortKey, desc: boolean): number {
  const dir = desc ? -1 : 1;
  switch (key) {
    case 'follow-up': {
      const x = a.sort.followUp;
      const y = b.sort.followUp;
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return dir * (x - y);
    }
    case 'crs':
      return dir * (crsRank(a.sort.crs) - crsRank(b.sort.crs));
    case 'target':
      if (!a.sort.target || !b.sort.target)
        return a.sort.target === b.sort.target ? 0 : a.sort.target ? -1 : 1;
      return dir * text(a.sort.target, b.sort.target);
    case 'disease':
      return dir * text(a.sort.disease, b.sort.disease);
  }
}

/** The rows in the order a sort asks for (a new array). */
export function sortRows(rows: readonly CohortRow[], key: SortKey, desc: boolean): CohortRow[] {
  return [...rows].sort((a, b) => compare(a, b, key, desc) || text(a.id, b.id));
}
