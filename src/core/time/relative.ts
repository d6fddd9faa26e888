import type { DayRange, ResolvedCase } from './types.ts';

/**
 * Days from an anchor node to a node, as a range. Within one offset chain the offsets alone are
 * used (exact even when neither has a calendar date); across chains, calendar bounds; otherwise null.
 */
export function relativeTo(rc: ResolvedCase, key: string, anchorKey: string): DayRange | null {
  const t = rc.times.get(key);
  const a = rc.times.get(anchorKey);
  if (!t || !a || t.placement === 'error' || a.placement === 'error') return null;
  if (t.root === a.root) {
    return {
      lo: t.fromRoot.lo - a.fromRoot.hi,
      hi: t.fromRoot.hi - a.fromRoot.lo,
      best: t.fromRoot.best - a.fromRoot.best,
    };
  }
  const { calendar: tc } = t;
  const { calendar: ac } = a;
  if ((tc.lo === null && tc.hi === null) || (ac.lo === null && ac.hi === null)) return null;
  return {
    lo: tc.lo === null || ac.hi === null ? null : tc.lo - ac.hi,
    hi: tc.hi === null || ac.lo === null ? null : tc.hi - ac.lo,
    best: tc.best === null || ac.best === null ? null : tc.best - ac.best,
  };
}
