import type { Point, Series } from '../format/index.ts';

/** True for a result under the assay's detection limit (below detection, undetectable). */
export function isBelowLimit(p: Point): boolean {
  return p.qualifier === 'below-detection' || p.qualifier === 'undetectable';
}

/** True for a result over the assay's upper limit (">5000 pg/mL"): its value is that limit. */
export function isAboveLimit(p: Point): boolean {
  return p.qualifier === 'above-limit';
}

/** True for a value the assay could not quantify, under or over its limits: a censored value. */
export function isCensored(p: Point): boolean {
  return isBelowLimit(p) || isAboveLimit(p);
}

/** True for a point with a number that can be plotted and used in sums: present and not censored. */
export function isQuantified(p: Point): p is Point & { value: number } {
  return p.value !== undefined && Number.isFinite(p.value) && !isCensored(p);
}

/** True for the quantities drawn in the CAR kinetics lane. */
export function isKineticsSeries(s: Series): boolean {
  return (
    s.quantity === 'car-transgene' || s.quantity === 'car-t-flow' || s.quantity === 'car-t-count'
  );
}
