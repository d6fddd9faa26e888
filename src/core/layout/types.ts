/**
 * Contract between the pure layout core (src/core/layout, src/core/kinetics, src/core/glyphs) and
 * the timeline views. Everything here is plain data: no React, no DOM, no pixels except where a
 * function takes a pixel width explicitly.
 *
 * Coordinates:
 * - "day": in calendar mode an epoch day (see src/core/time/days.ts); in relative mode days from the
 *   anchor event (anchor = day 0).
 * - "u": the axis coordinate that zoom and pan act on (linear). Time segments map 1 day = 1 u;
 *   compressed breaks and order-only bands take a fixed u width each. Views map u to pixels with a
 *   linear scale over the visible window [u0, u1].
 */
import type { Placement } from '../time/types.ts';

export type AxisMode = 'calendar' | 'relative';

/** Which time frame the timeline is drawn in. */
export interface Frame {
  mode: AxisMode;
  /** Event id that is day 0 in relative mode (ignored in calendar mode). */
  anchor: string | null;
}

/** Where a node sits in a frame, before it becomes a mark. */
export type NodePlace =
  /** A best estimate exists; [lo, hi] is its uncertainty (lo === hi when exact). */
  | { kind: 'point'; day: number; lo: number; hi: number; approximate: boolean }
  /**
   * Only bounds are known (order-only or hung from an undated event): drawn as a dashed bracket.
   * With `open`, only the earliest day is known ("after the infusion, day not reported"): hi equals
   * lo here and the bracket runs on to the end of the axis.
   */
  | { kind: 'window'; lo: number; hi: number; open?: true }
  /** Known only by order, with no usable bounds in this frame: drawn in an order-only band. */
  | { kind: 'slot'; slot: number }
  /** No time and no order at all: listed under "time not reported", not drawn on the axis. */
  | { kind: 'none' };

/** One piece of the axis, in u order. */
export type Segment =
  | { kind: 'time'; d0: number; d1: number; u0: number; u1: number }
  /** An empty stretch compressed to a fixed width, labelled with its length ("≈ 6 years"). */
  | { kind: 'break'; d0: number; d1: number; u0: number; u1: number; label: string }
  /**
   * Order-only slots [firstSlot, firstSlot + slots): spacing is not time. On an axis shared by
   * several cases, `owner` is the index of the case whose slots these are.
   */
  | {
      kind: 'order';
      firstSlot: number;
      slots: number;
      u0: number;
      u1: number;
      label: string;
      owner?: number;
    };

/** A piecewise axis: time, compressed breaks and order-only bands laid end to end. */
export interface TimeAxis {
  frame: Frame;
  segments: Segment[];
  /** Total u length; the full view is [0, uMax]. */
  uMax: number;
}

/** A tick on the axis. */
export interface Tick {
  u: number;
  label: string;
  /** Major ticks get a grid line and a bold label (e.g. years, or day 0). */
  major: boolean;
  /** The day at the tick, in the frame's days (epoch days in calendar mode). */
  day?: number;
  /** Index of the time segment the tick belongs to; absent on a break's edge labels. */
  stretch?: number;
}

export type LaneId =
  | 'disease' // diagnosis, relapses, remissions, MRD status
  | 'therapy' // chemotherapy, immunotherapy / targeted, lymphodepletion, other therapy, ICU, ventilation
  | 'cellular' // apheresis, transplants, CAR-T infusions
  | 'toxicity' // CRS, ICANS, GVHD, infection, TA-TMA, organ toxicity
  | 'response' // response assessments and imaging
  | 'measurements' // MRD %, chimerism %, other labs (one track per series)
  | 'kinetics' // CAR transgene copies / CAR-T % / counts
  | 'outcome' // follow-up, death
  | 'plans'; // intentions, never drawn as events

export const DEFAULT_LANE_ORDER: readonly LaneId[] = [
  'disease',
  'therapy',
  'cellular',
  'toxicity',
  'response',
  'measurements',
  'kinetics',
  'outcome',
  'plans',
];

/** How a mark is drawn; the glyph module decides shapes so that meaning never rests on colour alone. */
export interface Glyph {
  shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'star' | 'cross' | 'bar';
  fill: 'solid' | 'hollow' | 'hatched';
  /** Text drawn inside or beside the glyph: a grade ("1"–"4"), "NR" for not reported, "" for none. */
  text: string;
  /** Palette token (CSS custom property name without "--"), e.g. "tox-crs"; colour-blind-safe palette. */
  tone: string;
  /** Legend key: marks with the same key share one legend entry. */
  legendKey: string;
}

/** One drawable mark: an event (point or period), a measurement point, or an order-only item. */
export interface Mark {
  /** Node key from the resolver: event id, "<id>#end" never appears (periods carry their end), "<series>[i]" for points. */
  key: string;
  eventId?: string;
  seriesId?: string;
  pointIndex?: number;
  lane: LaneId;
  /** Sub-row inside the lane after packing overlaps (0-based). */
  row: number;
  place: NodePlace;
  /** Axis coordinates: `at` for the mark; `end` for periods; lo/hi for uncertainty whiskers or windows. */
  u: { at: number; end: number | null; lo: number; hi: number };
  glyph: Glyph;
  label: string;
  placement: Placement;
  approximate: boolean;
  derived: boolean;
  /** True for plans: drawn as intentions (dashed outline, "planned" text), never as events. */
  plan: boolean;
  /** True when the source says it did not happen ("no ICANS"). */
  absent: boolean;
  /** Periods: where the end node sits in this frame (u.end is its `at`); absent for point events. */
  endPlace?: NodePlace;
  /**
   * True when the mark's extent runs across an order-only band, whose width is not time: the view
   * should draw the crossing as interrupted. Set only when true.
   */
  crossesBand?: boolean;
  /** For a point at a day: the index of the axis' time segment holding it (−1 otherwise); lines join only points of one stretch. */
  stretch: number;
}

/** A measurement track inside the measurements or kinetics lane: one series on its own sub-row. */
export interface SeriesTrack {
  seriesId: string;
  label: string;
  unit: string;
  /** Sub-row of the lane that holds this series' points. */
  row: number;
  /** False when the source shows the measurement but no readable values. */
  valuesReported: boolean;
}

/** A lane with its packed marks. */
export interface LaneLayout {
  id: LaneId;
  title: string;
  /** Number of sub-rows after packing (≥ 1). */
  rows: number;
  marks: Mark[];
  /** Measurements and kinetics lanes: one track per series (row = track), in file order. */
  tracks?: SeriesTrack[];
}

/** Everything the timeline view needs to draw a case in one frame. */
export interface TimelineLayout {
  axis: TimeAxis;
  /** Lanes that have data, in the requested order, hidden lanes removed. */
  lanes: LaneLayout[];
  /** Lanes that have data but are hidden (so the view can offer to show them). */
  hiddenLanes: LaneId[];
  /** Marks with no time and no order, listed under "time not reported". */
  unplaced: Mark[];
  /** Series the source shows without readable values: the view says "measured, values not reported". */
  figureOnly?: Array<{ seriesId: string; lane: LaneId; label: string }>;
}

/** Options for layoutTimeline. */
export interface LayoutOptions {
  frame: Frame;
  laneOrder?: readonly LaneId[];
  hiddenLanes?: readonly LaneId[];
  /** Empty stretches longer than this (in days) become compressed breaks. Default 365. */
  breakThresholdDays?: number;
}

/** A label placed at a zoom level: visible or hidden to avoid collisions. */
export interface PlacedLabel {
  key: string;
  /** Pixel x of the label's anchor point and its text anchor. */
  x: number;
  anchor: 'start' | 'middle' | 'end';
  /** Extra vertical offset in label lines (0 = default line) to dodge neighbours. */
  line: number;
  visible: boolean;
}
