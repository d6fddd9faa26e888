// Measurement values must be drawable: a log axis has no place for zero or less.

import type { Case, Point, Series } from '../../format/index.ts';
import { error, type Draft } from '../draft.ts';

// Quantities drawn on a log axis when the series does not say (CAR transgene copies span decades).
const LOG_BY_DEFAULT = new Set<Series['quantity']>(['car-transgene']);

/** True when the series is drawn on a log axis, stated or by default. */
export function isLogScaled(s: Series): boolean {
  return s.scale === 'log' || (s.scale === undefined && LOG_BY_DEFAULT.has(s.quantity));
}

/** True for a value the source reports only as under a limit. */
export function isCensored(p: Point): boolean {
  return p.qualifier === 'below-detection' || p.qualifier === 'undetectable';
}

/** Reports points without a value (unless censored) and values ≤ 0 on log-scaled series. */
export function checkSeries(c: Case): Draft[] {
  const out: Draft[] = [];
  c.measurements.forEach((s, i) => {
    const log = isLogScaled(s);
    s.points.forEach((p, k) => {
      const at = `measurements[${i}].points[${k}].value`;
      if (isCensored(p)) return;
      if (p.value === undefined) {
        out.push(
          error(
            'missing-value',
            at,
            'a "value" (only "below-detection" and "undetectable" points may leave it out)',
            'nothing',
            'Add the value as printed, or set "qualifier" to "below-detection" or "undetectable" if the source says so.',
          ),
        );
      } else if (log && p.value <= 0) {
        out.push(
          error(
            'non-positive-on-log-scale',
            at,
            `a value above 0 (series "${s.id}" is drawn on a log scale)`,
            String(p.value),
            'If the source reports it as not detected, set "qualifier" to "undetectable"; otherwise set the series "scale" to "linear".',
          ),
        );
      }
    });
  });
  return out;
}
