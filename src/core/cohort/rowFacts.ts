// What a swimmer row says that only the checked case can tell, apart from what follows from it.
// The build stores these facts in the library summary (and the app makes them for the reader's own
// files), so the cohort draws its rows from the summary; rowOf turns them into the row, for the
// summary and for a full case alike, so both give the same row.

import type { Case } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import { firstInfusion, placeMarkers } from './placeMarkers.ts';
import { crsKey, diseaseKey, followUpDay, targetKey } from './sortKeys.ts';
import type { CohortMarker, CrsKey } from './types.ts';

/** A marker as the summary stores it: its place in words is left to placeText. */
export type MarkerFacts = Omit<CohortMarker, 'placed'>;

/** The facts of one case's swimmer row: markers, response, sort values and notes. */
export interface RowFacts {
  /** Markers in resolved order. */
  markers: MarkerFacts[];
  /** True when the last outcome is a follow-up still in remission. */
  ongoing: boolean;
  crs: CrsKey;
  /** CAR targets as a sort key ("" when none is stated) and in words. */
  target: { key: string; text: string };
  disease: string;
  /** What the row cannot show, in words. */
  notes: string[];
}

/** The swimmer-row facts of a checked, resolved case, placed from its first infusion. */
export function rowFacts(c: Case, rc: ResolvedCase): RowFacts {
  const anchor = firstInfusion(c, rc);
  const markers: MarkerFacts[] = placeMarkers(c, rc, anchor).map(({ placed: _placed, ...m }) => m);
  return {
    markers,
    ongoing: isOngoing(c, markers),
    crs: crsKey(c),
    target: targetKey(c),
    disease: diseaseKey(c),
    notes: rowNotes(c, rc, anchor, markers),
  };
}

/**
 * Ongoing response: the last outcome (follow-up or death) is a follow-up that finds the patient
 * in remission, with no relapse or progression after it.
 */
function isOngoing(c: Case, markers: readonly MarkerFacts[]): boolean {
  if (markers.some((m) => m.kind === 'death')) return false;
  const last = markers.filter((m) => m.kind === 'follow-up').at(-1);
  if (!last) return false;
  const e = c.events.find((x) => x.id === last.eventId);
  if (e?.kind !== 'follow-up' || e.status !== 'in-remission') return false;
  const worse = markers.filter((m) => m.kind === 'relapse' || m.kind === 'progression');
  return worse.every((m) => m.sequence < last.sequence);
}

/** What the row cannot show, so that no one reads a missing time as a short one. */
function rowNotes(
  c: Case,
  rc: ResolvedCase,
  anchor: string | null,
  markers: readonly MarkerFacts[],
): string[] {
  const notes: string[] = [];
  if (anchor === null) {
    notes.push(
      'No CAR-T infusion recorded: the row cannot be aligned; events shown by order only.',
    );
    return notes;
  }
  const precision = rc.times.get(anchor)?.precision;
  if (precision === 'year' || precision === 'month')
    notes.push(
      `The infusion is dated to the ${precision} only: days counted from it are uncertain by up to a ${precision} either way (whiskers).`,
    );
  for (const m of markers) {
    if (m.kind === 'infusion' && m.eventId !== anchor && m.place.kind === 'order')
      notes.push(
        `${m.label}: times after the first infusion not reported, so it and what follows are shown by order only.`,
      );
  }
  const untimed = c.events.every((e) => e.time.kind === 'order' || e.time.kind === 'unknown');
  if (untimed && markers.some((m) => m.place.kind === 'order'))
    notes.push('No dates or durations reported: only the infusion has a place in time (day 0).');
  for (const m of markers)
    if (m.place.kind === 'none') notes.push(`${m.label}: time not reported (not drawn).`);
  if (followUpDay(markers) === null)
    notes.push('No timed event after the infusion: sorted last by follow-up.');
  return notes;
}
