import type { Mark } from '../../../core/layout/types.ts';
import { markExtent } from '../../../scene/index.ts';
import type { URange } from './windowMath.ts';

/** Per marks array, each mark's extent as numbers (NaN for marks with no place), made once. */
const extents = new WeakMap<readonly Mark[], { lo: Float64Array; hi: Float64Array }>();

function extentsOf(marks: readonly Mark[]) {
  let e = extents.get(marks);
  if (!e) {
    const lo = new Float64Array(marks.length);
    const hi = new Float64Array(marks.length);
    marks.forEach((m, i) => {
      const [a, b] = m.place.kind === 'none' ? [NaN, NaN] : markExtent(m);
      lo[i] = a;
      hi[i] = b;
    });
    e = { lo, hi };
    extents.set(marks, e);
  }
  return e;
}

/**
 * Marks with any part inside the window: what the chart draws and the legend explains. It runs on
 * every zoom step over every mark, so the extents are computed once per marks array.
 */
export function visibleMarks(marks: readonly Mark[], [a, b]: URange): Mark[] {
  const { lo, hi } = extentsOf(marks);
  const out: Mark[] = [];
  for (let i = 0; i < marks.length; i++) if (hi[i]! >= a && lo[i]! <= b) out.push(marks[i]!);
  return out;
}
