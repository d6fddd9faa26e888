import type { DayRange, ResolvedCase } from './types.ts';

/**
 * Days from an anchor node to a node: the tight bounds of their difference from the case's
 * temporal network. A best estimate exists only where the source gives one: within one offset
 * chain (the offsets' middle), or between two calendar estimates; it never leaves the bounds.
 * Null when either node could not be resolved or nothing bounds the difference.
 */
export function relativeTo(rc: ResolvedCase, key: string, anchorKey: string): DayRange | null {
  const t = rc.times.get(key);
  const a = rc.times.get(anchorKey);
  if (!t || !a || t.placement === 'error' || a.placement === 'error') return null;
  const b = rc.bounds.between(anchorKey, key);
  if (!b || (b[0] === null && b[1] === null)) return null;
  const [lo, hi] = b;
  let best: number | null = null;
  if (t.ranged || a.ranged) best = null;
  else if (t.root === a.root) best = t.fromRoot.best - a.fromRoot.best;
  else if (t.calendar.best !== null && a.calendar.best !== null) {
    // Two calendar estimates give one for their difference only where the order constraints leave
    // it strictly inside the window: "2016" minus "2016" is not "day 0" for a relapse that preceded
    // the infusion.
    const d = t.calendar.best - a.calendar.best;
    const inside = (lo === null || d > lo) && (hi === null || d < hi);
    best = inside || lo === hi ? d : null;
  }
  if (best !== null) best = Math.min(Math.max(best, lo ?? best), hi ?? best);
  return { lo, hi, best };
}
