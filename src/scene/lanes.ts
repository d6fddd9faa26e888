import { LANE_TITLES, packRows } from '../core/layout/index.ts';
import type { LaneId, LaneLayout, Mark, TimelineLayout } from '../core/layout/types.ts';
import { glyphRadius, glyphReach, isPeriod } from './glyphs.ts';
import type { SceneSizes } from './sizes.ts';
import { textWidth, wrapText } from './textWidth.ts';

/** A horizontal strip inside a lane. */
export type Track =
  /** Packed rows of event marks; `rowOf` gives each mark's row in this scene. */
  | {
      kind: 'rows';
      y: number;
      height: number;
      rows: number;
      marks: Mark[];
      rowOf: Map<string, number>;
    }
  /** One measured series on its own strip (MRD %, chimerism %). */
  | {
      kind: 'series';
      seriesId: string;
      label: string;
      /** The label as drawn in the gutter, wrapped. */
      labelLines: string[];
      unit: string;
      y: number;
      height: number;
      /** Pixels at the top of the track that hold its title (titles above lanes), else 0. */
      head: number;
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
      /** Pixels at the top of the track that hold its words (titles above lanes), else 0. */
      head: number;
      /** The series' name, unit and scale, wrapped where they are drawn. */
      wordLines: string[];
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
  /** The title as drawn in the gutter: whole, wrapped to its width. */
  titleLines: string[];
  /** Top in chart pixels. */
  y: number;
  /** Height in pixels (a stub's when collapsed). */
  height: number;
  /** True when the reader collapsed it. */
  collapsed: boolean;
  /** Its strips top to bottom; none when collapsed. */
  tracks: Track[];
  /** True for a lane this case has no data for, kept as a thin row to line up with another pane. */
  empty?: boolean;
}

// Past this many rows a lane keeps the core's packing: glyphs of a dense lane may then touch, as
// the canvas draws it, rather than the lane growing taller than any screen.
const MAX_PIXEL_ROWS = 8;

/**
 * Rows for an event lane's marks so that no two glyphs, bars or whiskers touch at the full view
 * (the most crowded zoom) on a plot `plotW` wide: the core packs by time, which on a narrow plot
 * still lets a CRS "1" and an ICANS "2" glyph fuse into "12".
 */
function pixelRows(lane: LaneLayout, sizes: SceneSizes, plotW: number, uMax: number) {
  const k = uMax > 0 ? plotW / uMax : 0;
  const r = glyphRadius(lane.id, sizes);
  const gap = 2;
  const callout = textWidth('88', sizes.font) + sizes.labelGap;
  const extents = lane.marks.map((m) => {
    const side = glyphReach(m.glyph.shape, r).side;
    const at = m.u.at * k;
    const lo = Math.min(m.u.lo * k, at - side);
    const hi = Math.max(m.u.hi * k, at + side, isPeriod(m) ? m.u.end! * k : at);
    // Room on the right for at least a callout's number, so every glyph can be named.
    return { lo: lo - gap, hi: hi + gap + callout };
  });
  const packed = packRows(extents);
  const core = Math.max(1, lane.rows);
  if (packed.count > Math.max(core, MAX_PIXEL_ROWS))
    return { rows: core, rowOf: new Map(lane.marks.map((m) => [m.key, m.row])) };
  return {
    rows: Math.max(1, packed.count),
    rowOf: new Map(lane.marks.map((m, i) => [m.key, packed.rows[i]!])),
  };
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

/** Lines of a gutter text: whole words wrapped to the width, at most three lines (then cut). */
export function gutterLines(text: string, width: number, font: number, bold: boolean): string[] {
  for (let n = 1; n <= 3; n++) {
    const lines = wrapText(text, width, font, n, bold);
    if (lines) return lines;
  }
  // A single word longer than the gutter: the best we can do is let it run to the plot's edge.
  return wrapText(text, textWidth(text, font, bold), font, 1, bold) ?? [text];
}

/** Left edge of a measured series' words: in the gutter, across the chart (titles above), or in the plot. */
export function wordsX(sizes: SceneSizes, gutter: number): number {
  if (!sizes.wordsAbove) return 20;
  return sizes.titlesAbove ? 8 : gutter + 8;
}

/** Step between the lines of a lane title. */
export function titleLineH(sizes: SceneSizes): number {
  return Math.ceil(sizes.titleFont * 1.2);
}

interface LaneContext {
  sizes: SceneSizes;
  plotW: number;
  uMax: number;
  /** Room for a title's text: the gutter's, or the whole chart's when titles run above lanes. */
  titleW: number;
  /** Room for a kinetics series' words (left of the gutter's decade labels, or the whole chart). */
  wordsW: number;
  /** A kinetics series' y scale in words. */
  scaleOf: (seriesId: string) => string;
}

function tracksOf(
  lane: LaneLayout,
  figure: Array<{ seriesId: string; label: string }>,
  y0: number,
  ctx: LaneContext,
  titleH: number,
): Track[] {
  const { sizes } = ctx;
  if (lane.id !== 'measurements' && lane.id !== 'kinetics') {
    const { rows, rowOf } = pixelRows(lane, sizes, ctx.plotW, ctx.uMax);
    const height = rows * sizes.rowH(glyphRadius(lane.id, sizes));
    return [{ kind: 'rows', y: y0, height, rows, marks: lane.marks, rowOf }];
  }
  let y = y0;
  const beside = !sizes.wordsAbove;
  return seriesTracks(lane, figure).map((t, i): Track => {
    // Beside the lanes, the first track shares its top with the lane's title.
    const above = beside && i === 0 ? titleH : 0;
    const base = { seriesId: t.seriesId, label: t.label, y };
    let track: Track;
    if (t.figure) track = { kind: 'figure', ...base, height: sizes.figureH };
    else if (lane.id === 'kinetics') {
      const scale = `${t.unit}, ${ctx.scaleOf(t.seriesId)}`;
      // Down the gutter, name and unit each take their lines; above the track, one run of words.
      const wordLines = beside
        ? [
            ...gutterLines(t.label, ctx.wordsW, sizes.font, false),
            ...gutterLines(scale, ctx.wordsW, sizes.font, false),
          ]
        : gutterLines(`${t.label} · ${scale}`, ctx.wordsW, sizes.font, false);
      const head = beside ? 0 : wordLines.length * sizes.lineH + 2;
      // Beside the lanes, its gutter holds the words under the lane's title.
      const words = beside ? above + (wordLines.length + 0.4) * sizes.lineH : 0;
      const height = head + Math.max(sizes.kineticsH(t.marks.length), words);
      track = {
        kind: 'kinetics',
        ...base,
        unit: t.unit,
        height: Math.ceil(height),
        head,
        wordLines,
        marks: t.marks,
      };
    } else {
      const labelLines = gutterLines(
        t.label,
        beside ? ctx.titleW - 12 : ctx.wordsW,
        sizes.font,
        false,
      );
      const head = beside ? 0 : labelLines.length * sizes.lineH;
      const need = beside ? above + sizes.lineH * (labelLines.length + 0.5) : 0;
      track = {
        kind: 'series',
        ...base,
        labelLines,
        unit: t.unit,
        head,
        height: Math.ceil(head + Math.max(sizes.trackH, need)),
        marks: t.marks,
      };
    }
    y += track.height;
    return track;
  });
}

/** What stacking the lanes needs besides the layout. */
export interface LaneStackOptions {
  /** Sizes of the target. */
  sizes: SceneSizes;
  /** Gutter width. */
  gutter: number;
  /** Plot width (rows are packed so glyphs never touch at the full view). */
  plotW: number;
  /** Lane → minimum height, to line lanes up with another pane (alignedLaneHeights). */
  align?: ReadonlyMap<LaneId, number> | undefined;
  /** A kinetics series' y scale in words ("log" when absent). */
  scaleOf?: ((seriesId: string) => string) | undefined;
}

/**
 * Stacks the lanes top to bottom in the reader's order: shown lanes with their tracks, collapsed
 * lanes as stubs, titles whole (wrapped; the lane grows to hold them). Lanes with no data are left
 * out; a lane holding only figure-only series is kept. A lane named in `align` that this case
 * lacks is a thin labelled row, and the lanes both have take the taller height.
 */
export function laneBoxes(
  layout: TimelineLayout,
  order: readonly LaneId[],
  opts: LaneStackOptions,
): LaneBox[] {
  const { sizes, align } = opts;
  const ctx: LaneContext = {
    sizes,
    plotW: opts.plotW,
    uMax: layout.axis.uMax,
    titleW: sizes.titlesAbove ? opts.gutter + opts.plotW - 16 : opts.gutter - 10,
    scaleOf: opts.scaleOf ?? (() => 'log'),
    wordsW: sizes.titlesAbove
      ? opts.gutter + opts.plotW - 16
      : sizes.wordsAbove
        ? opts.plotW - 16
        : opts.gutter - 20 - sizes.font * 3.2,
  };
  const shown = new Map(layout.lanes.map((l) => [l.id, l]));
  const figureByLane = new Map<LaneId, Array<{ seriesId: string; label: string }>>();
  for (const f of layout.figureOnly ?? [])
    figureByLane.set(f.lane, [...(figureByLane.get(f.lane) ?? []), f]);
  const boxes: LaneBox[] = [];
  let y = sizes.axisH;
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
    const title = lane?.title ?? LANE_TITLES[id];
    // Chevrons take room only where the reader can collapse a lane.
    const chevron = sizes.hints ? textWidth('▾ ', sizes.titleFont, true) : 0;
    const titleLines = gutterLines(title, ctx.titleW - chevron, sizes.titleFont, true);
    const titleH = titleLines.length * titleLineH(sizes) + 6;
    const empty = !lane && !collapsed;
    // Above the lane, the title takes a row of its own; beside it, the lane is at least as tall.
    const head = sizes.titlesAbove && !collapsed ? titleH : 0;
    const tracks = lane && !collapsed ? tracksOf(lane, figure, y + head, ctx, titleH) : [];
    const natural = collapsed
      ? sizes.collapsedH
      : empty
        ? sizes.emptyH
        : tracks.reduce((h, t) => h + t.height, 0);
    // A lane this case lacks stays thin, unless another pane beside it asks for its height
    // (side by side, lanes below it must line up; stacked panes pass 0).
    const floor = collapsed ? 0 : (aligned ?? 0);
    const height = Math.ceil(head + Math.max(natural, floor, head ? 0 : titleH));
    const box: LaneBox = { id, title, titleLines, y, height, collapsed, tracks };
    if (empty) box.empty = true;
    boxes.push(box);
    y += height + sizes.laneGap;
  }
  return boxes;
}

/** Bottom of the last lane: where the chart's plot area ends. */
export function lanesBottom(boxes: readonly LaneBox[], sizes: SceneSizes): number {
  const last = boxes.at(-1);
  return last ? last.y + last.height : sizes.axisH;
}
