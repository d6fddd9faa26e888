import type { Case } from '../format/index.ts';
import { dayWords } from '../layout/words.ts';
import { nodeLabel } from '../time/describe.ts';
import { relativeTo } from '../time/relative.ts';
import type { DayRange, ResolvedCase } from '../time/types.ts';
import { nodeEvidence } from './evidence.ts';
import type { IntervalCell } from './types.ts';
import { daysText, rangeText, spanWords } from './words.ts';

/** How an exact span reads: "day 13" when counted from the infusion, "122 days" between two events. */
export type SpanStyle = 'day' | 'length';

/** The two ends of a span: node keys, how the start reads in an order-only cell, and their roles. */
export interface SpanEnds {
  from: string;
  to: string;
  /** The start in words, e.g. "infusion", for "after infusion; time not reported". */
  fromName: string;
  /** What each end stands for in the row ("first relapse"), named beside its evidence. */
  roles: { from: string; to: string };
}

/** Said of a range that only the order and the times around it bound (no estimate in the source). */
export const BOUNDS_ONLY =
  'Bounds only: the order and the times around these events allow this range; the source gives no closer time.';

/** Said of a range that runs from below 0 to above it: the times allow either order. */
export const EITHER_ORDER = 'The source’s times do not settle which of the two comes first.';

/**
 * "after" or "before": from the tight bounds where they settle it, else from the resolved order
 * (which the rows pick their events by).
 */
function relationOf(rc: ResolvedCase, r: DayRange | null, from: string, to: string) {
  if (r?.lo != null && r.lo >= 0) return 'after';
  if (r?.hi != null && r.hi <= 0) return 'before';
  const t = rc.times.get(to)!;
  const a = rc.times.get(from)!;
  return t.sequence > a.sequence ? 'after' : 'before';
}

/**
 * Days from one node to another: the tight bounds of (to − from) from the case's temporal network
 * (relativeTo), never the difference of two calendar ranges.
 * - Both bounds finite: days; exact when they meet, else a range marked "≈". The range is only as
 *   wide as every stated time, offset and order together allow (Grandma Sun's relapse and infusion,
 *   both "in 2016", with chemotherapy stated between them: 0–365). Without an estimate in the
 *   source the cell says "bounds only"; a range across 0 says the order is not settled (the row
 *   picked its events by the resolved order, which breaks ties the source leaves open).
 * - A side unbounded: order only, never a number; the table's caption explains what order only
 *   means, so the cell carries no generic note.
 * - An end with no time, or one that could not be resolved: "time not reported", saying which.
 * Evidence lists the `to` node, then the `from` node when `withFrom` (between-event rows), each
 * with its role in the row.
 */
export function spanCell(
  c: Case,
  rc: ResolvedCase,
  ends: SpanEnds,
  style: SpanStyle,
  withFrom = false,
): IntervalCell {
  const { from, to, fromName, roles } = ends;
  const evidence = [
    nodeEvidence(c, rc, to, roles.to),
    ...(withFrom ? [nodeEvidence(c, rc, from, roles.from)] : []),
  ];
  const missing = [to, from].find((k) => {
    const x = rc.times.get(k);
    return x === undefined || x.placement === 'unknown' || x.placement === 'error';
  });
  if (missing !== undefined) {
    const label = nodeLabel(c, missing);
    const unknown = rc.times.get(missing)?.placement === 'unknown';
    return {
      value: { kind: 'not-reported' },
      text: 'time not reported',
      note: unknown
        ? `The source gives no time for “${label}”.`
        : `The time of “${label}” could not be resolved (see the case’s problems).`,
      evidence,
    };
  }
  const r = relativeTo(rc, to, from);
  if (!r || r.lo === null || r.hi === null) {
    const relation = relationOf(rc, r, from, to);
    return {
      value: { kind: 'order-only', relation, from: fromName },
      text: `${relation} ${fromName}; time not reported`,
      evidence,
    };
  }
  const { lo, hi, best } = r;
  const exact = lo === hi;
  const words = spanWords(lo, hi);
  const notes = [
    ...(best === null && !exact ? [BOUNDS_ONLY] : []),
    ...(lo < 0 && hi > 0 ? [EITHER_ORDER] : []),
  ];
  const text = exact ? (style === 'day' ? dayWords(lo) : daysText(lo)) : rangeText(lo, hi);
  return {
    value: { kind: 'days', lo, hi, best, exact },
    text,
    ...(words ? { words } : {}),
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
    evidence,
  };
}
