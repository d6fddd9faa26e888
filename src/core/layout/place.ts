import type { Case, TimeSpec } from '../format/index.ts';
import { relativeTo } from '../time/relative.ts';
import type { DayRange, ResolvedCase, ResolvedTime } from '../time/types.ts';
import type { Frame, NodePlace } from './types.ts';

/** Windows wider than two years say little about when something happened: such nodes go by order. */
export const MAX_WINDOW_DAYS = 730;

const NONE: NodePlace = { kind: 'none' };
const cache = new WeakMap<ResolvedCase, Map<string, ReadonlyMap<string, NodePlace>>>();

/** Where one node sits in a frame (pass the case to tell related unknown-time events from unrelated ones). */
export function placeNode(rc: ResolvedCase, key: string, frame: Frame, c?: Case): NodePlace {
  return placeNodes(rc, frame, c).get(key) ?? NONE;
}

/**
 * Places every node of a case in a frame at once (memoised per resolved case and frame): slot
 * numbers count slot nodes in sequence, so one node's slot depends on all the others.
 */
export function placeNodes(
  rc: ResolvedCase,
  frame: Frame,
  c?: Case,
): ReadonlyMap<string, NodePlace> {
  const id = `${frame.mode}:${frame.mode === 'relative' ? frame.anchor : ''}:${c ? 'case' : ''}`;
  let perCase = cache.get(rc);
  if (!perCase) cache.set(rc, (perCase = new Map()));
  let places = perCase.get(id);
  if (!places) perCase.set(id, (places = computePlaces(rc, frame, c)));
  return places;
}

function computePlaces(rc: ResolvedCase, frame: Frame, c?: Case): Map<string, NodePlace> {
  const related = relatedRoots(rc, c);
  const anchor = frame.mode === 'relative' ? frame.anchor : null;
  const anchorTime = anchor === null ? undefined : rc.times.get(anchor);
  const out = new Map<string, NodePlace>();
  let slot = 0;
  for (const key of rc.order) {
    const t = rc.times.get(key)!;
    let p: NodePlace | 'slot';
    if (frame.mode === 'relative' && key === anchor) {
      p = { kind: 'point', day: 0, lo: 0, hi: 0, approximate: false };
    } else if (frame.mode === 'relative') {
      const range = anchor === null ? null : relativeTo(rc, key, anchor);
      p = fromRange(t, range, t.approximate || anchorTime?.approximate === true, related);
    } else {
      const range = t.placement === 'calendar' ? t.calendar : { ...t.calendar, best: null };
      p = fromRange(t, range, t.approximate, related);
    }
    out.set(key, p === 'slot' ? { kind: 'slot', slot: slot++ } : p);
  }
  return out;
}

/** Point when a best estimate exists, window when the bounds are tight enough, else slot or none. */
function fromRange(
  t: ResolvedTime,
  r: DayRange | null,
  approximate: boolean,
  related: ReadonlySet<string>,
): NodePlace | 'slot' {
  if (t.placement === 'error') return NONE; // unresolvable: its sequence position means nothing
  if (r && r.lo !== null && r.hi !== null) {
    if (r.best !== null) return { kind: 'point', day: r.best, lo: r.lo, hi: r.hi, approximate };
    if (r.hi - r.lo <= MAX_WINDOW_DAYS) return { kind: 'window', lo: r.lo, hi: r.hi };
  }
  // Known to follow a placed time, with nothing after it: its window opens there and never closes.
  if (r && r.lo !== null && r.hi === null)
    return { kind: 'window', lo: r.lo, hi: r.lo, open: true };
  if (t.placement === 'unknown' && !related.has(t.key)) return NONE;
  return 'slot';
}

/**
 * Nodes that something else is placed against: roots of offset chains, and (when the case is at
 * hand) every id named in an order-only time. An unknown-time node in this set still has a place
 * in the sequence; one outside it has no time and no order.
 */
function relatedRoots(rc: ResolvedCase, c?: Case): Set<string> {
  const related = new Set<string>();
  for (const t of rc.times.values()) if (t.root !== t.key) related.add(t.root);
  if (!c) return related;
  const note = (spec: TimeSpec | undefined) => {
    if (spec?.kind !== 'order') return;
    for (const k of spec.after ?? []) related.add(k);
    for (const k of spec.before ?? []) related.add(k);
  };
  for (const e of c.events) {
    note(e.time);
    note(e.end);
  }
  for (const s of c.measurements) for (const p of s.points) note(p.time);
  return related;
}
