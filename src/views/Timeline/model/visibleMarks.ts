import type { Mark } from '../../../core/layout/types.ts';
import type { URange } from './windowMath.ts';

/** The u extent a mark covers: its glyph, whisker or window, and a period's end. */
export function markExtent(m: Mark): URange {
  const lo = Math.min(m.u.at, m.u.lo);
  const hi = Math.max(m.u.at, m.u.hi, m.u.end ?? m.u.at);
  return [lo, hi];
}

/** Marks with any part inside the window: what the chart draws and the legend explains. */
export function visibleMarks(marks: readonly Mark[], [a, b]: URange): Mark[] {
  return marks.filter((m) => {
    if (m.place.kind === 'none') return false;
    const [lo, hi] = markExtent(m);
    return hi >= a && lo <= b;
  });
}
