import type { Case } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import { buildAxis, buildSharedAxis } from './buildAxis.ts';
import { LANE_TITLES, laneOfEvent, laneOfSeries } from './lanes.ts';
import { bandDaysOf, eventMark, pointMark, type MarkContext } from './marks.ts';
import { packRows } from './pack.ts';
import { placeNodes } from './place.ts';
import {
  DEFAULT_LANE_ORDER,
  type LaneId,
  type LaneLayout,
  type LayoutOptions,
  type Mark,
  type NodePlace,
  type SeriesTrack,
  type TimeAxis,
  type TimelineLayout,
} from './types.ts';

/** Everything the timeline view draws for one case in one frame: axis, packed lanes, unplaced marks. */
export function layoutTimeline(c: Case, rc: ResolvedCase, opts: LayoutOptions): TimelineLayout {
  const places = placeNodes(rc, opts.frame, c);
  const axis = buildAxis(rc, places, opts.frame, opts.breakThresholdDays);
  return layoutOnAxis(c, rc, places, axis, opts);
}

/** One case of an aligned comparison: the case, its resolved times, and its pane's view options. */
export interface AlignedPane extends LayoutOptions {
  c: Case;
  rc: ResolvedCase;
}

/**
 * Several cases on one shared axis (buildSharedAxis): each pane in its own frame (days from its own
 * anchor), so the same day lines up in every pane and a zoom window means the same days in each.
 */
export function layoutAligned(panes: readonly AlignedPane[]): TimelineLayout[] {
  const places = panes.map((p) => placeNodes(p.rc, p.frame, p.c));
  const first = panes[0];
  if (!first) return [];
  const shared = buildSharedAxis(
    panes.map((p, i) => ({ rc: p.rc, places: places[i]! })),
    first.frame,
    first.breakThresholdDays,
  );
  return panes.map((p, i) => {
    const axis: TimeAxis = { ...shared, frame: p.frame };
    return layoutOnAxis(p.c, p.rc, places[i]!, axis, p, panes.length > 1 ? i : undefined);
  });
}

/** Marks and lanes of one case on a given axis; `owner` picks its bands on a shared axis. */
function layoutOnAxis(
  c: Case,
  rc: ResolvedCase,
  places: ReadonlyMap<string, NodePlace>,
  axis: TimeAxis,
  opts: LayoutOptions,
  owner?: number,
): TimelineLayout {
  const ctx: MarkContext = { c, rc, places, axis, bandDays: bandDaysOf(axis) };
  if (owner !== undefined) ctx.owner = owner;
  const byLane = new Map<LaneId, Mark[]>();
  const tracks = new Map<LaneId, SeriesTrack[]>();
  const unplaced: Mark[] = [];
  const figureOnly: NonNullable<TimelineLayout['figureOnly']> = [];
  const add = (m: Mark) => {
    if (m.place.kind === 'none') unplaced.push(m);
    else (byLane.get(m.lane) ?? byLane.set(m.lane, []).get(m.lane)!).push(m);
  };

  for (const e of c.events) add(eventMark(ctx, e, laneOfEvent(e)));
  for (const s of c.measurements) {
    const lane = laneOfSeries(s);
    const list = tracks.get(lane) ?? tracks.set(lane, []).get(lane)!;
    const valuesReported = s.valuesReported !== false;
    list.push({ seriesId: s.id, label: s.label, unit: s.unit, row: list.length, valuesReported });
    if (!valuesReported) figureOnly.push({ seriesId: s.id, lane, label: s.label });
    s.points.forEach((_, i) => add(pointMark(ctx, s, i, lane, list.length - 1)));
  }

  // Lanes missing from a custom order keep their default place after it: nothing silently vanishes.
  const order = [...new Set([...(opts.laneOrder ?? []), ...DEFAULT_LANE_ORDER])];
  const hidden = new Set(opts.hiddenLanes ?? []);
  const lanes: LaneLayout[] = [];
  const hiddenLanes: LaneId[] = [];
  const minWidth = Math.max(0.005 * axis.uMax, 1e-6);
  for (const id of order) {
    const marks = byLane.get(id) ?? [];
    const laneTracks = tracks.get(id);
    if (marks.length === 0 && !laneTracks) continue;
    if (hidden.has(id)) {
      hiddenLanes.push(id);
      continue;
    }
    const lane: LaneLayout = { id, title: LANE_TITLES[id], rows: 1, marks };
    if (laneTracks) {
      lane.tracks = laneTracks;
      lane.rows = Math.max(1, laneTracks.length);
    } else {
      const packed = packRows(marks.map((m) => extentOf(m, minWidth)));
      marks.forEach((m, i) => (m.row = packed.rows[i]!));
      lane.rows = Math.max(1, packed.count);
    }
    lanes.push(lane);
  }
  const layout: TimelineLayout = { axis, lanes, hiddenLanes, unplaced };
  if (figureOnly.length) layout.figureOnly = figureOnly;
  return layout;
}

/** The u extent a mark takes in its row: whisker, window or period, at least `minWidth` wide. */
function extentOf(m: Mark, minWidth: number): { lo: number; hi: number } {
  const lo = Math.min(m.u.lo, m.u.at);
  const hi = Math.max(m.u.hi, m.u.at, m.u.end ?? m.u.at);
  if (hi - lo >= minWidth) return { lo, hi };
  return { lo: m.u.at - minWidth / 2, hi: m.u.at + minWidth / 2 };
}
