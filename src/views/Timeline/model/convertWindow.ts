import { placeNode } from '../../../core/layout/index.ts';
import type { Frame } from '../../../core/layout/types.ts';
import type { ResolvedCase } from '../../../core/time/types.ts';
import type { ViewWindow } from '../../../app/viewStore/index.ts';

/**
 * The same stretch of time in another frame: days shift by where the new (or old) anchor sits.
 * Null (show all) when the anchor has no single day in the other frame, or the window is in u.
 */
export function convertWindow(
  rc: ResolvedCase,
  from: Frame,
  to: Frame,
  w: ViewWindow,
): ViewWindow | null {
  if (w.unit !== 'day') return null;
  let shift: number;
  if (to.mode === 'relative' && to.anchor) {
    const p = placeNode(rc, to.anchor, from);
    if (p.kind !== 'point') return null;
    shift = -p.day;
  } else if (from.mode === 'relative' && from.anchor) {
    const p = placeNode(rc, from.anchor, to);
    if (p.kind !== 'point') return null;
    shift = p.day;
  } else {
    return w;
  }
  return { unit: 'day', from: w.from + shift, to: w.to + shift };
}
