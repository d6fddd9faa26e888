import type { Case } from '../format/index.ts';
import type { CaseLoad } from '../library/loadLibrary.ts';
import type { ResolvedCase } from '../time/types.ts';
import { formatProblem } from '../validate/problem.ts';
import { firstInfusion, placeMarkers } from './placeMarkers.ts';
import { certainDays, crsKey, diseaseKey, followUpDay, targetKey } from './sortKeys.ts';
import type { CohortFailedRow, CohortMarker, CohortRow, OrderZone } from './types.ts';
import { dayText } from './words.ts';
import { durationWords } from '../layout/words.ts';
import { shortTitle } from '../summary/shortTitle.ts';

/** The row label of a case: its short title. */
export const rowLabel = shortTitle;

/** The row of a case that loaded, or the failed row of one that did not. */
export function cohortRow(load: CaseLoad): CohortRow | CohortFailedRow {
  const { id, title } = load.entry;
  if (load.status === 'error')
    return {
      status: 'error',
      id,
      label: rowLabel(title),
      title,
      problems: load.problems.map(formatProblem),
    };
  return swimmerRow(load.case, load.resolved, id, title);
}

/**
 * A swimmer row: markers placed from the first infusion by their tight bounds, the timed bar over
 * the days the markers are certain to reach (certainDays), sort keys and notes.
 */
export function swimmerRow(c: Case, rc: ResolvedCase, id: string, title: string): CohortRow {
  const anchor = firstInfusion(c, rc);
  const markers = placeMarkers(c, rc, anchor);
  const days = certainDays(markers);
  const from = Math.min(0, ...days);
  const to = Math.max(0, ...days);
  const zoneCounts: Record<OrderZone, number> = { before: 0, after: 0 };
  for (const m of markers) if (m.place.kind === 'order') zoneCounts[m.place.zone]++;
  const followUp = followUpDay(markers);
  const crs = crsKey(c);
  const target = targetKey(c);
  const disease = diseaseKey(c);
  return {
    status: 'ok',
    id,
    label: rowLabel(title),
    title,
    markers,
    bar: from === to ? null : { from, to },
    zoneCounts,
    ongoing: isOngoing(c, markers),
    sort: { followUp, crs, target: target.key, disease },
    text: {
      target: target.text,
      crs: crs.text,
      crsShort: crs.short,
      disease,
      followUp:
        followUp === null
          ? 'no timed event after the infusion'
          : `${dayText(followUp)} (${durationWords(followUp)})`,
    },
    notes: rowNotes(c, rc, anchor, markers),
  };
}

/**
 * Ongoing response: the last outcome (follow-up or death) is a follow-up that finds the patient
 * in remission, with no relapse or progression after it.
 */
function isOngoing(c: Case, markers: readonly CohortMarker[]): boolean {
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
  markers: readonly CohortMarker[],
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
