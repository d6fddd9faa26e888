import type { Point, Series } from '../format/index.ts';

/** True for a value the assay could not quantify (below detection, undetectable): a censored value. */
export function isCensored(p: Point): boolean {
  return p.qualifier === 'below-detection' || p.qualifier === 'undetectable';
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
