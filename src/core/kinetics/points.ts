import type { Series } from '../format/index.ts';
import { pointKey } from '../time/nodes.ts';
import { relativeTo } from '../time/relative.ts';
import type { ResolvedCase } from '../time/types.ts';
import { isAboveLimit, isCensored } from './censored.ts';
import type { KineticsPoint } from './types.ts';

/** Each point of a series with its day relative to the anchor (null when not relatable). */
export function kineticsPoints(
  rc: ResolvedCase,
  series: Series,
  anchorKey: string,
): KineticsPoint[] {
  return series.points.map((p, pointIndex) => {
    const r = relativeTo(rc, pointKey(series.id, pointIndex), anchorKey);
    const point: KineticsPoint = {
      pointIndex,
      day: r?.best ?? null,
      dayLo: r?.lo ?? null,
      dayHi: r?.hi ?? null,
      value: p.value ?? null,
      censored: isCensored(p),
    };
    if (isAboveLimit(p)) point.above = true;
    if (p.asPrinted !== undefined) point.asPrinted = p.asPrinted;
    return point;
  });
}

/** A point with a plottable number on a known day: what curves, peaks and sums are made of. */
export type Quantified = KineticsPoint & { day: number; value: number };

/** The quantified points (not censored, with a value and a day), in day order then file order. */
export function quantified(points: KineticsPoint[]): Quantified[] {
  return points
    .filter(
      (p): p is Quantified =>
        !p.censored && p.value !== null && Number.isFinite(p.value) && p.day !== null,
    )
    .sort((a, b) => a.day - b.day || a.pointIndex - b.pointIndex);
}
