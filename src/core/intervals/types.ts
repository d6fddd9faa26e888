import type { Grade, Provenance } from '../format/index.ts';

/** Stable ids of the table's rows, in display order. */
export type KeyIntervalId =
  | 'diagnosis-to-relapse'
  | 'relapse-to-infusion'
  | 'infusion-to-cr'
  | 'infusion-to-mrd-negative'
  | 'crs-onset'
  | 'crs-grade'
  | 'icans'
  | 'gvhd'
  | 'car-peak'
  | 'car-peak-day'
  | 'transplant-after'
  | 'last-follow-up'
  | 'status';

/** What a cell holds: a duration, a grade, a value, a status, or why there is none. */
export type IntervalValue =
  /** Days between two nodes; exact when lo = hi, else a range ("≈"); best null when no honest estimate. */
  | { kind: 'days'; lo: number; hi: number; best: number | null; exact: boolean }
  /** The toxicity occurred; grade null when the source gives none. */
  | { kind: 'grade'; grade: Grade | null }
  /** The source says it did not happen. */
  | { kind: 'not-observed' }
  /** The source gives the order but no duration: never a number. */
  | { kind: 'order-only'; relation: 'after' | 'before'; from: string }
  /** The source is silent. */
  | { kind: 'not-reported' }
  /** A measured value with its unit; stated when the source calls it the peak. */
  | { kind: 'amount'; value: number; unit: string; stated: boolean }
  /** The patient's status at the last follow-up or death. */
  | { kind: 'status'; status: 'in-remission' | 'alive' | 'relapsed' | 'dead' };

/** One fact a cell rests on, with what the view needs to link to it and cite it. */
export interface IntervalEvidence {
  /** Node key (event id, or pointKey(seriesId, i)) to open on the case page; null for a whole series. */
  key: string | null;
  /** The event's or series' label. */
  label: string;
  /**
   * What the cell uses this fact as, in the row's words ("first relapse", "last relapse before
   * CAR-T", "first CR"), so a reader sees which of several candidates the value rests on.
   */
  role?: string;
  /** The time as the source states it, or null for a whole series. */
  when: string | null;
  provenance: Provenance;
  /** Short citation of the provenance's source ("Zhou H et al., 2024"). */
  citation: string;
}

/** One cell of the table. */
export interface IntervalCell {
  value: IntervalValue;
  /** What the table prints: "day 13", "≈ 0–31 days", "not reported". */
  text: string;
  /** Readable words for a duration ("≈ 7–8 years"), when they add something. */
  words?: string;
  /** Why the cell reads as it does: order only, derived, an earlier episode, which infusion. */
  note?: string;
  /** For a toxicity: what the recorded grade means (glyphs gradeMeaning). */
  meaning?: string;
  /** The facts it comes from, most direct first; empty when the source is silent. */
  evidence: IntervalEvidence[];
}

/** One row of one case: the interval's id and label, and its cell. */
export interface KeyInterval {
  id: KeyIntervalId;
  label: string;
  cell: IntervalCell;
}
