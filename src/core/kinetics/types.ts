/** One measurement of a series, placed relative to the anchor. */
export interface KineticsPoint {
  pointIndex: number;
  /** Best estimate of days from the anchor; null when the point cannot be related to it. */
  day: number | null;
  /** Uncertainty of the day, for whiskers (null sides when unbounded). */
  dayLo: number | null;
  dayHi: number | null;
  /** The number as stored; null when the source gives none (a censored result without a limit). */
  value: number | null;
  /** Under a detection limit or over an upper limit: not a measured value (see `above`). */
  censored: boolean;
  /** Set for a result over the assay's upper limit: `value` is that limit, the truth lies above it. */
  above?: true;
  asPrinted?: string;
}

/** A series read the way kinetics papers read it: points, peak and, when there is enough, PK numbers. */
export interface KineticsSummary {
  seriesId: string;
  unit: string;
  scale: 'log' | 'linear';
  points: KineticsPoint[];
  /** stated: the source flags this value as the peak; otherwise the largest of ≥ 2 quantified values. */
  peak: { pointIndex: number; day: number | null; value: number; stated: boolean } | null;
  cmax: number | null;
  tmax: number | null;
  /** Area under the curve over days 0–28, in unit × days. */
  auc0_28: number | null;
  /** Days 0–28 hold at least three quantified points. */
  enough: boolean;
  method: string;
  note: string;
}
