import type { Case, Series } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import { aucLinearUpLogDown } from './auc.ts';
import { isKineticsSeries } from './censored.ts';
import { formatValue } from './formatValue.ts';
import { kineticsPoints, quantified, type Quantified } from './points.ts';
import type { KineticsPoint, KineticsSummary } from './types.ts';

/** The window AUC0–28, Cmax and Tmax look at, in days from the anchor (inclusive). */
export const PK_WINDOW: readonly [number, number] = [0, 28];
/** Fewer quantified points than this in the window and no PK numbers are computed. */
export const PK_MIN_POINTS = 3;

/** One sentence on how AUC0–28 is computed, shown beside the number. */
export const AUC_METHOD =
  'AUC0–28 is the linear-up/log-down trapezoidal area over the quantified points in days 0–28 (straight lines where values rise, exponential decay where they fall), with censored results left out and nothing extrapolated beyond the first and last points. A result above the upper limit in days 0–28 leaves Cmax and AUC0–28 uncomputed: the true maximum is not known.';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The source's peak if it flags one; otherwise the largest of at least two measured values. */
function findPeak(points: KineticsPoint[], series: Series): KineticsSummary['peak'] {
  const flagged = points.find(
    (p) => series.points[p.pointIndex]?.peak === true && !p.censored && p.value !== null,
  );
  if (flagged) {
    return {
      pointIndex: flagged.pointIndex,
      day: flagged.day,
      value: flagged.value!,
      stated: true,
    };
  }
  // A result above the upper limit may be the true peak: no measured value can be called it.
  if (points.some((p) => p.above)) return null;
  const valued = points.filter((p) => !p.censored && p.value !== null && Number.isFinite(p.value));
  if (valued.length < 2) return null;
  // Largest value; on ties the earliest day (unplaced last), then file order.
  const best = valued.reduce((a, b) =>
    b.value! > a.value! || (b.value === a.value && (b.day ?? Infinity) < (a.day ?? Infinity))
      ? b
      : a,
  );
  return { pointIndex: best.pointIndex, day: best.day, value: best.value!, stated: false };
}

/** Cmax, Tmax (earliest day of the maximum) and AUC0–28 over points already in day order. */
function pk(sampled: Quantified[]) {
  const top = sampled.reduce((a, b) => (b.value > a.value ? b : a));
  return { cmax: top.value, tmax: top.day, auc0_28: aucLinearUpLogDown(sampled) };
}

/** The sentence under the kinetics lane: what was computed, or why not. */
function noteFor(
  series: Series,
  points: KineticsPoint[],
  peak: KineticsSummary['peak'],
  sampled: Quantified[] | null,
): string {
  const over = points.filter((p) => p.above).length;
  const censored = points.filter((p) => p.censored).length - over;
  const valued = points.filter((p) => !p.censored && p.value !== null).length;
  const below =
    (censored ? ` ${plural(censored, 'result')} below detection.` : '') +
    (over ? ` ${plural(over, 'result')} above the upper limit.` : '');
  if (points.length === 0) {
    return series.valuesReported === false
      ? 'The source shows this measurement without readable values; nothing is drawn.'
      : 'No values recorded.';
  }
  if (valued === 0) return `No measured value;${below}`;
  if (valued === 1) {
    const p = points.find((x) => !x.censored && x.value !== null)!;
    const when = p.day === null ? 'not placed relative to this anchor' : `on day ${p.day}`;
    const what = peak?.stated ? `peak ${when} as reported` : `measured ${when}`;
    return `One measurement: ${what}; no curve drawn.${below}`;
  }
  if (!sampled && aboveInWindow(points)) {
    return `A result above the upper limit in days 0–28: Cmax, Tmax and AUC0–28 not computed.${below}`;
  }
  if (!sampled) {
    return 'Fewer than three points in days 0–28: Cmax, Tmax and AUC0–28 not computed.';
  }
  const first = sampled[0]!.day;
  const last = sampled[sampled.length - 1]!.day;
  const top = pk(sampled);
  const left = points.filter(
    (p) => p.censored && p.day !== null && p.day >= PK_WINDOW[0] && p.day <= PK_WINDOW[1],
  );
  const leftOut = left.length ? ` ${plural(left.length, 'censored result')} left out.` : '';
  const uncertain = sampled.some((p) => p.dayLo !== p.dayHi)
    ? ' Days known only as ranges are taken at their best estimate.'
    : '';
  return `Cmax ${formatValue(top.cmax, series.unit)} on day ${top.tmax}; AUC0–28 covers days ${first}–${last}, the measured span.${leftOut}${uncertain}`;
}

/** True when a result above the upper limit falls in days 0–28: its true value could be Cmax. */
function aboveInWindow(points: KineticsPoint[]): boolean {
  return points.some(
    (p) => p.above && p.day !== null && p.day >= PK_WINDOW[0] && p.day <= PK_WINDOW[1],
  );
}

/**
 * A series read as CAR kinetics relative to an anchor: points with days, the peak, and Cmax, Tmax
 * and AUC0–28 only when days 0–28 hold at least three quantified points, since fewer cannot show a
 * curve's shape. Throws for a series id the case does not have.
 */
export function kineticsSummary(
  c: Case,
  rc: ResolvedCase,
  seriesId: string,
  anchorKey: string,
): KineticsSummary {
  const series = c.measurements.find((s) => s.id === seriesId);
  if (!series) throw new Error(`Case ${c.id} has no measurement series "${seriesId}".`);
  const points = kineticsPoints(rc, series, anchorKey);
  const [from, to] = PK_WINDOW;
  const inWindow = quantified(points).filter((p) => p.day >= from && p.day <= to);
  const enough = inWindow.length >= PK_MIN_POINTS && !aboveInWindow(points);
  const peak = findPeak(points, series);
  const numbers = enough ? pk(inWindow) : { cmax: null, tmax: null, auc0_28: null };
  return {
    seriesId,
    unit: series.unit,
    scale: series.scale ?? (isKineticsSeries(series) ? 'log' : 'linear'),
    points,
    peak,
    ...numbers,
    enough,
    method: AUC_METHOD,
    note: noteFor(series, points, peak, enough ? inWindow : null),
  };
}
