/**
 * Plain data of the cohort swimmer plot: one row per case, aligned at its first CAR-T infusion
 * (day 0). Days count from that infusion; order-only facts carry a position, never a day.
 */
import type { Glyph } from '../layout/types.ts';
import type { MaxGrade } from '../summary/maxGrade.ts';

/** What a swimmer marker stands for. */
export type MarkerKind =
  | 'diagnosis'
  | 'relapse'
  | 'progression'
  | 'transplant'
  | 'infusion'
  | 'response'
  | 'mrd-negative'
  | 'assessment'
  | 'death'
  | 'follow-up';

/** Which order-only zone a marker sits in: left of the time axis (history) or right of it. */
export type OrderZone = 'before' | 'after';

/** Where a marker sits on its row. */
export type MarkerPlace =
  /** A best day from the infusion; [lo, hi] is its uncertainty (lo === hi when exact). */
  | { kind: 'point'; day: number; lo: number; hi: number; approximate: boolean }
  /**
   * Only bounds are known: the tight window of its days from the infusion, with no best guess.
   * `between`: the event's own time is order only, so the window is what the timed events around
   * it leave it.
   */
  | { kind: 'window'; lo: number; hi: number; between: boolean }
  /**
   * Known by order only, with nothing bounding it on one side: its position in a shared order-only
   * zone (spacing is not time).
   */
  | { kind: 'order'; zone: OrderZone; index: number }
  /** No time and no order: named in the row's notes, not drawn. */
  | { kind: 'none' };

/** One marker on a swimmer row. */
export interface CohortMarker {
  /** Event id in its case. */
  eventId: string;
  kind: MarkerKind;
  /** The curator's label of the event. */
  label: string;
  glyph: Glyph;
  place: MarkerPlace;
  /** Position in the case's resolved order (0-based, over every node of the case). */
  sequence: number;
  /** Where the marker sits in words, relative to the first infusion ("day 13", "order only: …"). */
  placed: string;
  /** The time as the source states it. */
  stated: string;
  /** True when the curator inferred the event rather than read it in the source. */
  derived: boolean;
}

/** How the maximum CRS grade is known. */
export type CrsKey = MaxGrade;

/** Values the rows can be sorted by. */
export interface SortKeys {
  /** Last timed day after the infusion; null when nothing after day 0 has a time. */
  followUp: number | null;
  crs: CrsKey;
  /** CAR targets joined ("CD7"), "" when no product states one. */
  target: string;
  disease: string;
}

/** A drawable swimmer row. */
export interface CohortRow {
  status: 'ok';
  /** Case id. */
  id: string;
  /** Short patient label ("Zhou", "Pan et al. case 1"). */
  label: string;
  /** Title from the library index. */
  title: string;
  /** Markers in resolved order. */
  markers: CohortMarker[];
  /**
   * Extent of the timed bar in days from the infusion: from day 0 or the earliest point's best day
   * to the latest's (each within its tight window); null when only day 0 is known.
   */
  bar: { from: number; to: number } | null;
  /** Number of markers in each order-only zone. */
  zoneCounts: Record<OrderZone, number>;
  /** True when the last outcome is a follow-up still in remission (drawn with an arrow). */
  ongoing: boolean;
  sort: SortKeys;
  /** Words for the sort columns: "CD7", "target not stated", "grade 1, scale not stated". */
  text: { target: string; crs: string; crsShort: string; disease: string; followUp: string };
  /** What the row cannot show, in words ("times after the first infusion not reported"). */
  notes: string[];
}

/** A case that could not be drawn, with its problems in words. */
export interface CohortFailedRow {
  status: 'error';
  /** Case id from the index. */
  id: string;
  /** Short patient label. */
  label: string;
  /** Title from the library index. */
  title: string;
  problems: string[];
}

/** Every case of the library as swimmer rows, with the extents the view needs. */
export interface Cohort {
  rows: CohortRow[];
  failed: CohortFailedRow[];
  /** Smallest and largest day any timed marker (with its uncertainty) reaches; always holds 0. */
  domain: [number, number];
  /** Widest order-only zone on each side, in markers (shared columns for all rows). */
  zoneSlots: Record<OrderZone, number>;
}

/** Columns the rows can be sorted by. */
export type SortKey = 'follow-up' | 'crs' | 'target' | 'disease';

/** How the time axis maps days to width. */
export type AxisScale = 'symlog' | 'linear';

/** The cohort view state a link carries. */
export interface CohortQuery {
  sort: SortKey;
  /** Descending puts the longest follow-up / highest grade first; ascending the reverse. */
  desc: boolean;
  scale: AxisScale;
  /** Show the table instead of the chart. */
  table: boolean;
  /** Case ids picked for the comparison (at most two). */
  picked: string[];
}
