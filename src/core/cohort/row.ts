import type { Case } from '../format/index.ts';
import type { CaseLoad } from '../library/loadLibrary.ts';
import type { ResolvedCase } from '../time/types.ts';
import { formatProblem, type Problem } from '../validate/problem.ts';
import { rowFacts, type RowFacts } from './rowFacts.ts';
import { certainDays, followUpDay } from './sortKeys.ts';
import type { CohortFailedRow, CohortMarker, CohortRow, OrderZone } from './types.ts';
import { dayText, placeText } from './words.ts';
import { durationWords } from '../layout/words.ts';
import { shortTitle } from '../summary/shortTitle.ts';

/** The row label of a case: its short title. */
export const rowLabel = shortTitle;

/** The row of a case that loaded, or the failed row of one that did not. */
export function cohortRow(load: CaseLoad): CohortRow | CohortFailedRow {
  const { id, title } = load.entry;
  if (load.status === 'error') return failedRow(id, title, load.problems);
  return swimmerRow(load.case, load.resolved, id, title);
}

/** The row of a case that did not load: its label and its problems in words. */
export function failedRow(
  id: string,
  title: string,
  problems: readonly Problem[],
): CohortFailedRow {
  return {
    status: 'error',
    id,
    label: rowLabel(title),
    title,
    problems: problems.map(formatProblem),
  };
}

/** A swimmer row of a checked case: its facts (rowFacts) made into a row (rowOf). */
export function swimmerRow(c: Case, rc: ResolvedCase, id: string, title: string): CohortRow {
  return rowOf(rowFacts(c, rc), id, title);
}

/**
 * The swimmer row of a case's facts: markers placed from the first infusion by their tight bounds,
 * the timed bar over the days the markers are certain to reach (certainDays), sort keys and words.
 */
export function rowOf(f: RowFacts, id: string, title: string): CohortRow {
  const markers: CohortMarker[] = f.markers.map((m) => ({ ...m, placed: placeText(m.place) }));
  const days = certainDays(markers);
  const from = Math.min(0, ...days);
  const to = Math.max(0, ...days);
  const zoneCounts: Record<OrderZone, number> = { before: 0, after: 0 };
  for (const m of markers) if (m.place.kind === 'order') zoneCounts[m.place.zone]++;
  const followUp = followUpDay(markers);
  return {
    status: 'ok',
    id,
    label: rowLabel(title),
    title,
    markers,
    bar: from === to ? null : { from, to },
    zoneCounts,
    ongoing: f.ongoing,
    sort: { followUp, crs: f.crs, target: f.target.key, disease: f.disease },
    text: {
      target: f.target.text,
      crs: f.crs.text,
      crsShort: f.crs.short,
      disease: f.disease,
      followUp:
        followUp === null
          ? 'no timed event after the infusion'
          : `${dayText(followUp)} (${durationWords(followUp)})`,
    },
    notes: f.notes,
  };
}
