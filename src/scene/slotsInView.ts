import type { Mark } from '../core/layout/types.ts';
import type { MarkSlot } from './marks.ts';

/** The u extent a mark covers: its glyph, whisker or window, and a period's end. */
export function markExtent(m: Mark): [number, number] {
  return [Math.min(m.u.lo, m.u.at), Math.max(m.u.hi, m.u.end ?? m.u.at, m.u.at)];
}

/** Per slots array, each slot's u extent in typed arrays and its position by mark key, made once. */
interface SlotIndex {
  lo: Float64Array;
  hi: Float64Array;
  byKey: Map<string, number>;
}
const indexes = new WeakMap<readonly MarkSlot[], SlotIndex>();

function indexOf(slots: readonly MarkSlot[]): SlotIndex {
  let ix = indexes.get(slots);
  if (!ix) {
    const lo = new Float64Array(slots.length);
    const hi = new Float64Array(slots.length);
    const byKey = new Map<string, number>();
    slots.forEach((s, i) => {
      [lo[i], hi[i]] = markExtent(s.mark);
      byKey.set(s.mark.key, i);
    });
    ix = { lo, hi, byKey };
    indexes.set(slots, ix);
  }
  return ix;
}

/**
 * The slots whose mark has a part inside the window [u0, u1] (its glyph, whisker, window or a
 * period's end), in slot order. A zoom step calls it over every slot: the extents are read from
 * typed arrays made once per slots array, not from each mark's fields.
 */
export function slotsInWindow(slots: readonly MarkSlot[], [u0, u1]: readonly [number, number]) {
  const { lo, hi } = indexOf(slots);
  const out: MarkSlot[] = [];
  for (let i = 0; i < slots.length; i++) if (hi[i]! >= u0 && lo[i]! <= u1) out.push(slots[i]!);
  return out;
}

/**
 * The slots of the marks with these keys, in slot order (keys of no slot are ignored): found by
 * key, so a view that draws a few hundred marks of 20,000 does not test every slot.
 */
export function slotsWithKeys(slots: readonly MarkSlot[], keys: ReadonlySet<string>) {
  if (keys.size === 0) return [];
  const { byKey } = indexOf(slots);
  const at: number[] = [];
  for (const k of keys) {
    const i = byKey.get(k);
    if (i !== undefined) at.push(i);
  }
  at.sort((a, b) => a - b);
  return at.map((i) => slots[i]!);
}
