/**
 * Output of time resolution. Days are counted in whole calendar days; calendar values are
 * "epoch days" (days since 1970-01-01 UTC, see dayOf / dateOfDay in ./days.ts).
 */

/** A span of possible days. lo/hi are null when unbounded on that side; best is null when no estimate is honest. */
export interface DayRange {
  lo: number | null;
  hi: number | null;
  best: number | null;
}

/** How the source gave the time, after resolution. */
export type Placement =
  | 'calendar' // a date, month or year, or an offset chain ending in one: calendar bounds are known
  | 'relative' // an offset chain from an event with no calendar date: known relative to that event only
  | 'order' // order only: placed in sequence, bounds from neighbours, never a best date
  | 'unknown' // no time at all
  | 'error'; // unresolvable (missing anchor, cycle): see ResolvedCase.problems

/** The resolved time of one node: an event start, an event end, or a measurement point. */
export interface ResolvedTime {
  /** Node key: "<eventId>", "<eventId>#end", or "<seriesId>[<pointIndex>]". */
  key: string;
  placement: Placement;
  /** Precision of the stated time at the root of its chain (e.g. "month" for "3 months after April 2025"). */
  precision: 'day' | 'month' | 'year' | 'offset' | 'order' | 'unknown';
  /** True when an approximate offset ("about") lies on its chain. */
  approximate: boolean;
  /** True when an offset range ("within 1 month", "days 0–28") lies on its chain: no best day. */
  ranged: boolean;
  /** Calendar bounds in epoch days (null sides when not known). */
  calendar: DayRange;
  /** Key of the chain root: the node this one is counted from, transitively (itself if none). */
  root: string;
  /** Days from the root's true time (0 for the root itself), bounded even when no calendar date is. */
  fromRoot: { lo: number; hi: number; best: number };
  /** Position in the case's total order (0-based), consistent with every stated constraint. */
  sequence: number;
}

/** Tight bounds from the case's temporal network (null: unbounded on that side). */
export interface TimeBounds {
  /** Epoch-day bounds of a node: the narrowest window every constraint of the case allows. */
  calendar(key: string): [number | null, number | null];
  /** Bounds of (to − from) in days, or null when either node is unknown. */
  between(from: string, to: string): [number | null, number | null] | null;
}

/** A problem found while placing times; contradictions list the constraints on their loop. */
export interface TimeProblem {
  code: string;
  path: string;
  message: string;
  constraints?: Array<{ kind: string; node: string; path: string }>;
}

/** Every node of a case placed in time, plus the problems found while placing them. */
export interface ResolvedCase {
  times: Map<string, ResolvedTime>;
  /** Node keys sorted by sequence. */
  order: string[];
  /** Event ids that can serve as time-zero: diagnosis, transplants, CAR-T infusions (in sequence order). */
  anchors: string[];
  /** The default anchor: the first CAR-T infusion, else the first anchor, else null. */
  defaultAnchor: string | null;
  problems: TimeProblem[];
  /** Tight bounds between any two nodes, from the temporal network (Dechter, Meiri & Pearl 1991). */
  bounds: TimeBounds;
}
