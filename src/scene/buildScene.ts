import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { KineticsSummary } from '../core/kinetics/index.ts';
import { axisTicks, LANE_TITLES } from '../core/layout/index.ts';
import type { LaneId, Tick, TimelineLayout } from '../core/layout/types.ts';
import type { KineticsY } from './kinetics.ts';
import {
  labelPriority,
  placeLabels,
  type Callout,
  type LabelRequest,
  type SceneLabel,
} from './labels.ts';
import { laneBoxes, lanesBottom, type LaneBox } from './lanes.ts';
import { kineticsScales, markSlots, placeMark, type MarkSlot, type SceneMark } from './marks.ts';
import { sceneSizes, type SceneSizes } from './sizes.ts';
import { slotsInWindow, slotsWithKeys } from './slotsInView.ts';
import type { SceneTarget } from './target.ts';
import { textWidth } from './textWidth.ts';
import { labelText, peakText } from './words.ts';

/** What a scene is built from: the core layout, the reader's lane order and the target. */
export interface SceneInput {
  /** The case's layout in its frame. */
  layout: TimelineLayout;
  /** Lanes top to bottom. */
  order: readonly LaneId[];
  /** What it is drawn for. */
  target: SceneTarget;
  /** Chart width in CSS pixels. */
  width: number;
  /** Kinetics summaries by series id. */
  summaries: ReadonlyMap<string, KineticsSummary>;
  /** Kinetics log domains shared with another pane (comparison). */
  domains?: ReadonlyMap<string, [number, number]> | undefined;
  /** Lane → minimum height, to line lanes up with another pane. */
  align?: ReadonlyMap<LaneId, number> | undefined;
  /** Least gutter width, so stacked charts (an exported comparison) share one time axis. */
  gutter?: number | undefined;
}

/** The part of a scene that does not move with zoom: sizes, lanes and every mark's slot. */
export interface SceneBase {
  /** What it is drawn for. */
  target: SceneTarget;
  /** Its sizes. */
  sizes: SceneSizes;
  /** Chart width. */
  width: number;
  /** Lane-title gutter width. */
  gutter: number;
  /** Plot width (right of the gutter). */
  plotW: number;
  /** Chart height. */
  height: number;
  /** Bottom of the last lane. */
  bottom: number;
  /** The lanes as stacked. */
  lanes: LaneBox[];
  /** Every drawable mark's lane, row, y and size. */
  slots: MarkSlot[];
  /** Kinetics y scales by series id. */
  kinetics: Map<string, KineticsY>;
  /** Kinetics summaries by series id. */
  summaries: ReadonlyMap<string, KineticsSummary>;
  /** The layout it was built from. */
  layout: TimelineLayout;
}

/** A tick as drawn: where, its words and whether it is major. */
export interface SceneTick extends Tick {
  /** Pixel x. */
  x: number;
}

/** Everything drawn for one window: the base, the x scale, placed marks, labels and ticks. */
export interface Scene extends SceneBase {
  /** The visible window in axis u. */
  window: readonly [number, number];
  /** u → pixel x inside the plot. */
  x: ScaleLinear<number, number>;
  /** Marks in view, placed. */
  marks: SceneMark[];
  /** Labels by mark key (marks without one have none). */
  labels: Map<string, SceneLabel>;
  /** Glyphs whose words are listed under the chart, numbered. */
  callouts: Callout[];
  /** Ticks whose labels do not collide. */
  ticks: SceneTick[];
}

/**
 * The gutter lane titles need: never narrower than a title's longest word (titles wrap between
 * words, never inside one), and wide enough for every title on one line when that costs at most a
 * fifth of the chart. Counts the chevron's room on every target.
 */
function titleRoom(
  layout: TimelineLayout,
  order: readonly LaneId[],
  sizes: SceneSizes,
  width: number,
): number {
  // Counted on every target, so an export keeps the screen's gutter and x positions exactly.
  const chevron = textWidth('▾ ', sizes.titleFont, true);
  let word = 0;
  let whole = 0;
  for (const id of order) {
    const lane = layout.lanes.find((l) => l.id === id);
    if (!lane && !layout.hiddenLanes.includes(id)) continue;
    const title = lane?.title ?? LANE_TITLES[id];
    whole = Math.max(whole, textWidth(title, sizes.titleFont, true));
    for (const w of title.split(' ')) word = Math.max(word, textWidth(w, sizes.titleFont, true));
  }
  // 10 px of inset (laneBoxes' titleW) and 8 px of text indent.
  const pad = chevron + 18;
  return Math.ceil(whole + pad <= width * 0.2 ? whole + pad : word + pad);
}

/**
 * Lays out the part of a scene that a zoom step does not change. A slide taller than its target's
 * height is laid out again with tight rows (one line each, the kinetics small): on a slide nothing
 * scrolls, and its words may not shrink.
 */
export function sceneBase(input: SceneInput): SceneBase {
  const base = baseWith(input, sceneSizes(input.target));
  const { height } = input.target;
  if (input.target.kind !== 'slide' || height === undefined || base.height <= height) return base;
  return baseWith(input, sceneSizes(input.target, true));
}

function baseWith(input: SceneInput, sizes: SceneSizes): SceneBase {
  const least = Math.max(sizes.gutter(input.width), input.gutter ?? 0);
  const gutter = sizes.titlesAbove
    ? least
    : Math.max(least, titleRoom(input.layout, input.order, sizes, input.width));
  const plotW = Math.max(40, input.width - gutter - sizes.rightPad);
  const lanes = laneBoxes(input.layout, input.order, {
    sizes,
    gutter,
    plotW,
    align: input.align,
    scaleOf: (id) => input.summaries.get(id)?.scale ?? 'log',
  });
  const kinetics = kineticsScales(lanes, input.summaries, sizes, input.domains);
  const slots = markSlots(lanes, sizes, input.summaries, kinetics);
  const bottom = lanesBottom(lanes, sizes);
  return {
    target: input.target,
    sizes,
    width: input.width,
    gutter,
    plotW,
    height: bottom + sizes.bottomPad,
    bottom,
    lanes,
    slots,
    kinetics,
    summaries: input.summaries,
    layout: input.layout,
  };
}

/** Ticks left to right whose labels keep clear of each other (two break edges keep the first). */
export function spacedTicks(base: SceneBase, x: (u: number) => number, ticks: readonly Tick[]) {
  const out: SceneTick[] = [];
  let right = -Infinity;
  for (const t of ticks) {
    const px = x(t.u);
    if (px < -1 || px > base.plotW + 1) continue;
    const half = textWidth(t.label, base.sizes.font, t.major) / 2;
    if (px - half < right + base.sizes.labelGap) continue;
    out.push({ ...t, x: px });
    right = px + half;
  }
  return out;
}

/** What to place for one window. */
export interface SceneView {
  /** The visible window in axis u. */
  window: readonly [number, number];
  /** Keys of the marks to draw; all with a part in the window when absent. */
  visible?: ReadonlySet<string> | undefined;
  /** The open mark (its label is placed first). */
  selected?: string | null | undefined;
  /** False to skip labels (a dense view draws none). */
  labels?: boolean;
}

/** The label requests of the marks placed: event rows and series values, kinetics peaks and censored results. */
function labelRequests(base: SceneBase, marks: readonly SceneMark[], selected: string | null) {
  const out: LabelRequest[] = [];
  for (const m of marks) {
    let text: string | null = labelText(m.mark);
    if (m.track === 'kinetics') {
      const s = base.summaries.get(m.mark.seriesId ?? '');
      if (!s) continue;
      const censored = s.points.find((p) => p.pointIndex === m.mark.pointIndex)?.censored;
      text =
        s.peak?.pointIndex === m.mark.pointIndex ? peakText(s) : censored ? m.mark.label : null;
    }
    if (text) out.push({ mark: m, text, priority: labelPriority(m, selected) });
  }
  return out;
}

/** Places a base for one window: marks in view, their labels and the ticks. */
export function sceneAt(base: SceneBase, view: SceneView): Scene {
  const [u0, u1] = view.window;
  const x = scaleLinear().domain([u0, u1]).range([0, base.plotW]);
  const inView = view.visible
    ? slotsWithKeys(base.slots, view.visible)
    : slotsInWindow(base.slots, [u0, u1]);
  const marks = inView.map((s) => placeMark(s, x, base.sizes));
  const placed =
    view.labels === false
      ? { labels: new Map<string, SceneLabel>(), callouts: [] }
      : placeLabels(
          labelRequests(base, marks, view.selected ?? null),
          base.plotW,
          base.sizes,
          base.lanes,
        );
  const ticks = spacedTicks(base, x, axisTicks(base.layout.axis, u0, u1, base.plotW));
  return { ...base, window: [u0, u1], x, marks, ...placed, ticks };
}

/** A whole scene in one call (export, stories and tests): base and window together. */
export function buildScene(input: SceneInput, view: SceneView): Scene {
  return sceneAt(sceneBase(input), view);
}

/**
 * Lane heights that line several panes up: every lane any pane shows, at the tallest height any
 * pane needs for it at this target and width; a pane without data for a lane shows a thin
 * labelled row instead.
 */
export function alignedLaneHeights(
  layouts: readonly TimelineLayout[],
  order: readonly LaneId[],
  target: SceneTarget = { kind: 'compact' },
  width = 960,
): Map<LaneId, number> {
  const heights = new Map<LaneId, number>();
  for (const layout of layouts)
    for (const b of sceneBase({ layout, order, target, width, summaries: new Map() }).lanes)
      heights.set(b.id, Math.max(heights.get(b.id) ?? 0, b.height));
  return heights;
}
