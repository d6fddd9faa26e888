import { dayToU, uToDay } from '../../../core/layout/index.ts';
import type { TimeAxis } from '../../../core/layout/types.ts';
import type { ViewWindow } from '../../../app/viewStore/index.ts';

/** A visible stretch of the axis in u, [start, end]. */
export type URange = readonly [number, number];

/** Narrowest window, in u (≈ days): closer than two days no label would change. */
export const MIN_SPAN_U = 2;

/** The narrowest window this axis allows (the whole axis when it is shorter than MIN_SPAN_U). */
export const minSpan = (uMax: number) => Math.min(uMax, MIN_SPAN_U);

/** Keeps a window inside [0, uMax], at least minSpan wide, shifting rather than shrinking it. */
export function clampU([a, b]: URange, uMax: number): URange {
  const span = Math.min(uMax, Math.max(b - a, minSpan(uMax)));
  const start = Math.min(Math.max(a, 0), uMax - span);
  return [start, start + span];
}

/** The window in u for a stored window: all of the axis for null or anything unusable. */
export function windowToU(axis: TimeAxis, w: ViewWindow | null): URange {
  if (!w || axis.uMax <= 0) return [0, axis.uMax];
  const a = w.unit === 'u' ? w.from : dayToU(axis, w.from);
  const b = w.unit === 'u' ? w.to : dayToU(axis, w.to);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a) return [0, axis.uMax];
  return clampU([a, b], axis.uMax);
}

/**
 * The stored form of a window in u: null when it shows the whole axis, days when both ends fall on
 * time (so it survives a new layout), u when an end lies in an order-only band.
 */
export function uToWindow(axis: TimeAxis, [a, b]: URange): ViewWindow | null {
  const eps = axis.uMax * 1e-6;
  if (a <= eps && b >= axis.uMax - eps) return null;
  const from = uToDay(axis, a);
  const to = uToDay(axis, b);
  return from !== null && to !== null && to > from
    ? { unit: 'day', from, to }
    : { unit: 'u', from: a, to: b };
}

/** Zooms by `factor` (< 1 closer, > 1 further) about the point `at` (default: the middle). */
export function zoomU([a, b]: URange, factor: number, uMax: number, at = (a + b) / 2): URange {
  return clampU([at - (at - a) * factor, at + (b - at) * factor], uMax);
}

/** Pans by a fraction of the visible span (negative: towards earlier times). */
export function panU([a, b]: URange, fraction: number, uMax: number): URange {
  const d = (b - a) * fraction;
  return clampU([a + d, b + d], uMax);
}
