import type { CaseLoad } from '../../../src/core/library/loadLibrary.ts';
import { swimmerRow, type CohortRow } from '../../../src/core/cohort/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { CASE_IDS, index, loadCase } from '../../data/library.ts';

/** The curated case, resolved, and its swimmer row. */
export function rowOf(id: string) {
  const c = loadCase(id);
  const rc = resolveCase(c);
  const title = index.cases.find((e) => e.id === id)!.title;
  return { c, rc, row: swimmerRow(c, rc, id, title) };
}

/** Every shipped case as a loaded CaseLoad, in library order. */
export function libraryLoads(): CaseLoad[] {
  return CASE_IDS.map((id) => {
    const c = loadCase(id);
    const entry = index.cases.find((e) => e.id === id)!;
    return { entry, status: 'ok', case: c, resolved: resolveCase(c), problems: [] };
  });
}

/** A marker of a row by event id; throws when the row has none. */
export function markerOf(row: CohortRow, eventId: string) {
  const m = row.markers.find((x) => x.eventId === eventId);
  if (!m) throw new Error(`${row.id}: no marker "${eventId}"`);
  return m;
}
