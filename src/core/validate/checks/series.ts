// Measurement values must be drawable: a log axis has no place for zero or less.

import type { Case, Series } from '../../format/index.ts';
import { isAboveLimit, isCensored } from '../../kinetics/censored.ts';
import { error, type Draft } from '../draft.ts';

// Quantities drawn on a log axis when the series does not say (CAR transgene copies span decades).
const LOG_BY_DEFAULT = new Set<Series['quantity']>(['car-transgene']);

/** True when the series is drawn on a log axis, stated or by default. */
export function isLogScaled(s: Series): boolean {
  return s.scale === 'log' || (s.scale === undefined && LOG_BY_DEFAULT.has(s.quantity));
}

/**
 * Reports points without a value (unless below a detection limit), an above-limit point without
 * its limit, values ≤ 0 on log-scaled series, and more than one point flagged as the peak.
 */
export function checkSeries(c: Case): Draft[] {
  const out: Draft[] = [];
  c.measurements.forEach((s, i) => {
    const log = isLogScaled(s);
    let firstPeak: number | null = null;
    s.points.forEach((p, k) => {
      if (!p.peak) return;
      if (firstPeak === null) return void (firstPeak = k);
      out.push(
        error(
          'second-peak',
          `measurements[${i}].points[${k}].peak`,
          'one point marked "peak" in a series',
          `a second "peak": true (the first is measurements[${i}].points[${firstPeak}])`,
          'Keep "peak": true only on the value the source calls the peak, and remove it here.',
        ),
      );
    });
    s.points.forEach((p, k) => {
      const at = `measurements[${i}].points[${k}].value`;
      if (isAboveLimit(p) && p.value === undefined) {
        out.push(
          error(
            'missing-limit',
            at,
            'the upper limit as "value" for an "above-limit" point (">5000 pg/mL": 5000)',
            'nothing',
            'Add the limit the source prints as "value"; if it prints no number, the point is not "above-limit": remove the qualifier and describe the result in "note".',
          ),
        );
        return;
      }
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
