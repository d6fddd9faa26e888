import type { Case, Event, Series } from '../format/index.ts';
import { isKineticsSeries } from '../kinetics/censored.ts';
import { formatValue } from '../kinetics/formatValue.ts';
import { kineticsSummary } from '../kinetics/summary.ts';
import type { KineticsSummary } from '../kinetics/types.ts';
import { pointKey } from '../time/nodes.ts';
import type { ResolvedCase } from '../time/types.ts';
import { notReported } from './cells.ts';
import { fromInfusion } from './course.ts';
import { nodeEvidence, seriesEvidence } from './evidence.ts';
import type { IntervalCell } from './types.ts';

/** Copies of the transgene first: the measure "peak CAR copies" names; then flow, then counts. */
const PREFERENCE: Series['quantity'][] = ['car-transgene', 'car-t-flow', 'car-t-count'];

/** The peak the table shows: the first kinetics series (in preference order) that has one. */
export interface CarPeak {
  series: Series;
  peak: NonNullable<KineticsSummary['peak']>;
}

/** The CAR peak of a case, counted from the given anchor; null when no series has a peak. */
export function carPeak(c: Case, rc: ResolvedCase, anchorKey: string): CarPeak | null {
  const series = c.measurements
    .filter(isKineticsSeries)
    .sort((a, b) => PREFERENCE.indexOf(a.quantity) - PREFERENCE.indexOf(b.quantity));
  for (const s of series) {
    const { peak } = kineticsSummary(c, rc, s.id, anchorKey);
    if (peak) return { series: s, peak };
  }
  return null;
}

/** Why no peak is shown: a series seen only in a figure, a single unflagged value, or nothing. */
function noPeak(c: Case): IntervalCell {
  const kinetics = c.measurements.filter(isKineticsSeries);
  const figure = kinetics.find((s) => s.valuesReported === false || s.points.length === 0);
  if (figure) {
    return notReported('Measured (shown in a figure), values not reported.', [
      seriesEvidence(c, figure.id),
    ]);
  }
  const single = kinetics.find((s) => s.points.length > 0);
  if (single) {
    return notReported('A single CAR measurement the source does not call the peak.', [
      seriesEvidence(c, single.id),
    ]);
  }
  return notReported();
}

const STATED = 'Reported by the source as the peak.';
const LARGEST = 'The largest measured value; the source does not call it the peak.';

/** The peak CAR value with its unit, or why there is none. */
export function carPeakValue(c: Case, rc: ResolvedCase, infusion: Event | null): IntervalCell {
  const found = carPeak(c, rc, infusion?.id ?? '');
  if (!found) return noPeak(c);
  const { series, peak } = found;
  const point = series.points[peak.pointIndex]!;
  return {
    value: { kind: 'amount', value: peak.value, unit: series.unit, stated: peak.stated },
    text: formatValue(peak.value, series.unit),
    note: `${peak.stated ? STATED : LARGEST}${point.asPrinted ? ` Printed “${point.asPrinted}”.` : ''}`,
    evidence: [nodeEvidence(c, rc, pointKey(series.id, peak.pointIndex))],
  };
}

/** The day of that peak, counted from the infusion. */
export function carPeakDay(c: Case, rc: ResolvedCase, infusion: Event | null): IntervalCell {
  if (!infusion) return notReported('The case records no CAR-T infusion.');
  const found = carPeak(c, rc, infusion.id);
  if (!found) return noPeak(c);
  return fromInfusion(
    c,
    rc,
    infusion,
    pointKey(found.series.id, found.peak.pointIndex),
    'CAR peak',
  );
}
