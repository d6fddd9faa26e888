import type { Segment, TimeAxis } from './types.ts';

type Dated = Extract<Segment, { kind: 'time' | 'break' }>;
type Band = Extract<Segment, { kind: 'order' }>;

/** Lookup tables of an axis, built once per axis object (axes are immutable plain data). */
interface AxisIndex {
  dated: Dated[];
  /** Bands sorted by first slot, per owner (undefined: a one-case axis). */
  bandsBySlot: Map<number | undefined, Band[]>;
}

const indexes = new WeakMap<TimeAxis, AxisIndex>();

function indexOf(axis: TimeAxis): AxisIndex {
  let ix = indexes.get(axis);
  if (!ix) {
    const dated = axis.segments.filter((s): s is Dated => s.kind !== 'order');
    const bandsBySlot = new Map<number | undefined, Band[]>();
    for (const s of axis.segments) {
      if (s.kind !== 'order') continue;
      const list = bandsBySlot.get(s.owner) ?? bandsBySlot.set(s.owner, []).get(s.owner)!;
      list.push(s);
    }
    for (const list of bandsBySlot.values()) list.sort((a, b) => a.firstSlot - b.firstSlot);
    ix = { dated, bandsBySlot };
    indexes.set(axis, ix);
  }
  return ix;
}

/** First index in [0, n) whose item satisfies `ok` (items sorted so that `ok` is monotone), else n. */
function firstWhere(n: number, ok: (i: number) => boolean): number {
  let a = 0;
  let b = n;
  while (a < b) {
    const m = (a + b) >> 1;
    if (ok(m)) b = m;
    else a = m + 1;
  }
  return a;
}

function lerp(s: Dated, day: number): number {
  return s.d1 === s.d0 ? s.u0 : s.u0 + ((day - s.d0) * (s.u1 - s.u0)) / (s.d1 - s.d0);
}

/** Axis u of a day; a day on a band's edge maps before the band; days outside the axis clamp to its ends. */
export function dayToU(axis: TimeAxis, day: number): number {
  const { dated } = indexOf(axis);
  if (dated.length === 0) return 0;
  const i = firstWhere(dated.length, (k) => dated[k]!.d1 >= day);
  if (i === dated.length) return dated[i - 1]!.u1;
  const s = dated[i]!;
  if (day >= s.d0) return lerp(s, day);
  const prev = dated[i - 1];
  return prev && day - prev.d1 < s.d0 - day ? prev.u1 : s.u0;
}

/** Day under an axis u; null inside order bands. Time segments at the axis ends extend linearly beyond it. */
export function uToDay(axis: TimeAxis, u: number): number | null {
  const segs = axis.segments;
  if (segs.length === 0) return null;
  const i = Math.min(
    segs.length - 1,
    firstWhere(segs.length, (k) => segs[k]!.u1 >= u),
  );
  const s = segs[i]!;
  if (s.kind === 'order') return null;
  if (s.kind === 'break' || (u >= s.u0 && u <= s.u1) || s.u1 === s.u0) {
    const t = Math.min(Math.max(u, s.u0), s.u1);
    return s.u1 === s.u0 ? s.d0 : s.d0 + ((t - s.u0) * (s.d1 - s.d0)) / (s.u1 - s.u0);
  }
  return s.d0 + (u - s.u0); // beyond an end of the axis: 1 day = 1 u
}

/**
 * Axis u of the centre of an order-only slot (slots outside every band clamp to the nearest band).
 * On a shared axis, `owner` names whose slots these are.
 */
export function slotToU(axis: TimeAxis, slot: number, owner?: number): number {
  const bands = indexOf(axis).bandsBySlot.get(owner) ?? [];
  if (bands.length === 0) return 0;
  const i = Math.max(0, firstWhere(bands.length, (k) => bands[k]!.firstSlot > slot) - 1);
  const b = bands[i]!;
  const k = Math.min(Math.max(slot - b.firstSlot, 0), b.slots - 1);
  return b.u0 + ((k + 0.5) * (b.u1 - b.u0)) / b.slots;
}

/**
 * Index in axis.segments of the time segment holding a day, or −1 when the day lies in a break or
 * off the axis. Two points in different stretches must not be joined by a line: what lies between
 * them is compressed or is not time.
 */
export function stretchOf(axis: TimeAxis, day: number): number {
  const segs = axis.segments;
  const { dated } = indexOf(axis);
  const i = firstWhere(dated.length, (k) => dated[k]!.d1 >= day);
  const s = dated[i];
  if (!s || s.kind !== 'time' || day < s.d0) return -1;
  return segs.indexOf(s);
}
