import { LANE_TITLES } from '../../../core/layout/index.ts';
import type { LaneId, LaneLayout, Mark, TimelineLayout } from '../../../core/layout/types.ts';
import { AXIS_H, COLLAPSED_H, FIGURE_H, KINETICS_H, LANE_GAP, ROW_H, TRACK_H } from './sizes.ts';

/** A horizontal strip inside a lane. */
export type Track =
  /** Packed rows of event marks. */
  | { kind: 'rows'; y: number; height: number; rows: number; marks: Mark[] }
  /** One measured series on its own strip (MRD %, chimerism %). */
  | {
      kind: 'series';
      seriesId: string;
      label: string;
      unit: string;
      y: number;
      height: number;
      marks: Mark[];
    }
  /** One kinetics series with its log axis. */
  | {
      kind: 'kinetics';
      seriesId: string;
      label: string;
      unit: string;
      y: number;
      height: number;
      marks: Mark[];
    }
  /** A series the source shows only in a figure. */
  | { kind: 'figure'; seriesId: string; label: string; y: number; height: number };

/** A lane placed on the chart: its strip, title and tracks; collapsed lanes are a thin stub. */
export interface LaneBox {
  /** Which lane. */
  id: LaneId;
  /** Its title (core LANE_TITLES). */
  title: string;
  /** Top in chart pixels. */
  y: number;
  /** Height in pixels (a stub's when collapsed). */
  height: number;
  /** True when the reader collapsed it. */
  collapsed: boolean;
  /** Its strips top to bottom; none when collapsed. */
  tracks: Track[];
  /** True for a lane this case has no data for, kept only to line up with another pane. */
  empty?: boolean;
}

function seriesTracks(lane: LaneLayout, figure: Array<{ seriesId: string; label: string }>) {
  const tracks = [...(lane.tracks ?? [])].sort((a, b) => a.row - b.row);
  const listed = new Set(tracks.map((t) => t.seriesId));
  const extra = figure.filter((f) => !listed.has(f.seriesId));
  return [
    ...tracks.map((t) => ({
      ...t,
      marks: lane.marks.filter((m) => m.seriesId === t.seriesId),
      figure: !t.valuesReported,
    })),
    ...extra.map((f) => ({ ...f, unit: '', row: -1, marks: [] as Mark[], figure: true })),
  ];
}

function tracksOf(
  lane: LaneLayout,
  figure: Array<{ seriesId: string; label: string }>,
  y0: number,
): Track[] {
  if (lane.id !== 'measurements' && lane.id !== 'kinetics') {
    const rows = Math.max(1, lane.rows);
    return [{ kind: 'rows', y: y0, height: rows * ROW_H, rows, marks: lane.marks }];
  }
  let y = y0;
  return seriesTracks(lane, figure).map((t): Track => {
    const base = { seriesId: t.seriesId, label: t.label, y };
    let track: Track;
    if (t.figure) track = { kind: 'figure', ...base, height: FIGURE_H };
    else if (lane.id === 'kinetics')
      track = { kind: 'kinetics', ...base, unit: t.unit, height: KINETICS_H, marks: t.marks };
    else track = { kind: 'series', ...base, unit: t.unit, height: TRACK_H, marks: t.marks };
    y += track.height;
    return track;
  });
}

/**
 * Stacks the lanes top to bottom in the reader's order: shown lanes with their tracks, collapsed
 * lanes as stubs. Lanes with no data are left out; a lane holding only figure-only series is kept.
 * With `align` (lane → height, from alignedLaneHeights) every lane named there takes exactly that
 * height, and one this case lacks is kept as an empty strip, so lanes line up across panes.
 */
export function laneBoxes(
  layout: TimelineLayout,
  order: readonly LaneId[],
  align?: ReadonlyMap<LaneId, number>,
): LaneBox[] {
  const shown = new Map(layout.lanes.map((l) => [l.id, l]));
  const figureByLane = new Map<LaneId, Array<{ seriesId: string; label: string }>>();
  for (const f of layout.figureOnly ?? [])
    figureByLane.set(f.lane, [...(figureByLane.get(f.lane) ?? []), f]);
  const boxes: LaneBox[] = [];
  let y = AXIS_H;
  for (const id of order) {
    const collapsed = layout.hiddenLanes.includes(id);
    const figure = figureByLane.get(id) ?? [];
    const lane =
      shown.get(id) ??
      (!collapsed && figure.length > 0
        ? { id, title: LANE_TITLES[id], rows: 1, marks: [] }
        : undefined);
    const aligned = align?.get(id);
    if (!lane && !collapsed && aligned === undefined) continue;
    const tracks = lane && !collapsed ? tracksOf(lane, figure, y) : [];
    const natural = collapsed ? COLLAPSED_H : tracks.reduce((h, t) => h + t.height, 0);
    const height = aligned ?? natural;
    const box: LaneBox = {
      id,
      title: lane?.title ?? LANE_TITLES[id],
      y,
      height,
      collapsed,
      tracks,
    };
    if (!lane && !collapsed) box.empty = true;
    boxes.push(box);
    y += height + LANE_GAP;
  }
  return boxes;
}

/** Bottom of the last lane: where the chart's plot area ends. */
export function lanesBottom(boxes: readonly LaneBox[]): number {
  const last = boxes.at(-1);
  return last ? last.y + last.height : AXIS_H;
}

/**
 * Lane heights that line several panes up: every lane any pane shows, at the tallest height any
 * pane needs for it; a pane without data for a lane shows an empty strip of that height.
 */
export function alignedLaneHeights(
  layouts: readonly TimelineLayout[],
  order: readonly LaneId[],
): Map<LaneId, number> {
  const heights = new Map<LaneId, number>();
  for (const layout of layouts)
    for (const b of laneBoxes(layout, order))
      heights.set(b.id, Math.max(heights.get(b.id) ?? 0, b.height));
  return heights;
}
