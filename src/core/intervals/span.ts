import type { Case } from '../format/index.ts';
import { dayWords } from '../layout/words.ts';
import { nodeLabel } from '../time/describe.ts';
import { relativeTo } from '../time/relative.ts';
import type { ResolvedCase } from '../time/types.ts';
import { nodeEvidence } from './evidence.ts';
import type { IntervalCell } from './types.ts';
import { daysText, rangeText, spanWords } from './words.ts';

/** How an exact span reads: "day 13" when counted from the infusion, "122 days" between two events. */
export type SpanStyle = 'day' | 'length';

/** The two ends of a span: node keys, and how the start is named in an order-only cell. */
export interface SpanEnds {
  from: string;
  to: string;
  /** The start in words, e.g. "infusion", for "after infusion; time not reported". */
  fromName: string;
}

/**
 * Days from one node to another, as honestly as the times allow.
 * - Same offset chain: the offsets alone (exact even without a calendar date).
 * - Both on the calendar: calendar bounds; a range is marked "≈". When `to` comes after `from` in
 *   the resolved order, the range starts no lower than 0: the rows pick their events by that same
 *   order (e.g. Grandma Sun's relapse and infusion, both "in 2016", give 0–365, not −365–365).
 * - Otherwise (an end known only by order): order only, never a number; the table's caption
 *   explains what order only means, so the cell carries no generic note.
 * Evidence lists the `to` node, then the `from` node when `withFrom` (between-event rows).
 */
export function spanCell(
  c: Case,
  rc: ResolvedCase,
  ends: SpanEnds,
  style: SpanStyle,
  withFrom = false,
): IntervalCell {
  const { from, to, fromName } = ends;
  const evidence = [nodeEvidence(c, rc, to), ...(withFrom ? [nodeEvidence(c, rc, from)] : [])];
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
  const t = rc.times.get(to)!;
  const a = rc.times.get(from)!;
  const r = relativeTo(rc, to, from);
  const timed = t.root === a.root || (t.placement === 'calendar' && a.placement === 'calendar');
  if (!timed || !r || r.lo === null || r.hi === null) {
    const relation = t.sequence > a.sequence ? 'after' : 'before';
    return {
      value: { kind: 'order-only', relation, from: fromName },
      text: `${relation} ${fromName}; time not reported`,
      evidence,
    };
  }
  const lo = t.sequence > a.sequence && r.lo < 0 && r.hi >= 0 ? 0 : r.lo;
  const hi = r.hi;
  const best = r.best === null ? null : Math.min(hi, Math.max(lo, r.best));
  const exact = lo === hi;
  const words = spanWords(lo, hi);
  const text = exact ? (style === 'day' ? dayWords(lo) : daysText(lo)) : rangeText(lo, hi);
  return {
    value: { kind: 'days', lo, hi, best, exact },
    text,
    ...(words ? { words } : {}),
    evidence,
  };
}
