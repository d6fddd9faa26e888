import type { KineticsSummary } from '../core/kinetics/index.ts';
import type { Glyph, LaneId, Mark } from '../core/layout/types.ts';
import { glyphRadius, glyphReach, glyphX, isPeriod } from './glyphs.ts';
import { kineticsY, type KineticsY } from './kinetics.ts';
import type { LaneBox, Track } from './lanes.ts';
import type { SceneSizes } from './sizes.ts';

/** A box in chart pixels. */
export interface Box {
  /** Left. */
  x: number;
  /** Top. */
  y: number;
  /** Width. */
  w: number;
  /** Height. */
  h: number;
}

/** Where a track draws its marks, relative to its own kind. */
export type MarkTrack = 'rows' | 'series' | 'kinetics';

/** A mark's place that does not move with zoom: its lane, track, line and glyph size. */
export interface MarkSlot {
  /** The layout's mark. */
  mark: Mark;
  /** Its lane. */
  lane: LaneId;
  /** What kind of track it is drawn in. */
  track: MarkTrack;
  /** Index of its lane in the scene's lanes. */
  laneIndex: number;
  /** Index of its track in the lane. */
  trackIndex: number;
  /** Its row in an event lane (0 in other tracks). */
  row: number;
  /** Pixel y of the glyph centre. */
  y: number;
  /** Glyph half-size. */
  r: number;
}

/**
 * The y scales of the kinetics tracks, by series id, for the track's box and the shared domain
 * of a comparison when there is one.
 */
export function kineticsScales(
  lanes: readonly LaneBox[],
  summaries: ReadonlyMap<string, KineticsSummary>,
  sizes: SceneSizes,
  domains?: ReadonlyMap<string, [number, number]>,
): Map<string, KineticsY> {
  const out = new Map<string, KineticsY>();
  for (const b of lanes)
    for (const t of b.tracks) {
      const s = t.kind === 'kinetics' ? summaries.get(t.seriesId) : undefined;
      if (s && t.kind === 'kinetics')
        out.set(
          t.seriesId,
          kineticsY(s, t.y + t.head, t.height - t.head, domains?.get(t.seriesId), sizes.font),
        );
    }
  return out;
}

/** The line a measurement track's points sit on, with room for a line of label text under them. */
export function seriesLineY(
  t: { y: number; height: number; head: number },
  sizes: SceneSizes,
): number {
  const body = t.height - t.head;
  return t.y + t.head + Math.max(sizes.glyphY(sizes.pointR), body / 2 - sizes.lineH / 2);
}

function trackSlots(
  t: Track,
  lane: LaneBox,
  laneIndex: number,
  trackIndex: number,
  sizes: SceneSizes,
  kinetics: ReadonlyMap<string, { s: KineticsSummary; ys: KineticsY }>,
): MarkSlot[] {
  const base = { lane: lane.id, laneIndex, trackIndex };
  switch (t.kind) {
    case 'rows': {
      const r = glyphRadius(lane.id, sizes);
      return t.marks.map((m) => {
        const row = t.rowOf.get(m.key) ?? m.row;
        return {
          ...base,
          mark: m,
          track: 'rows',
          row,
          y: t.y + row * sizes.rowH(r) + sizes.glyphY(r),
          r,
        };
      });
    }
    case 'series': {
      const y = seriesLineY(t, sizes);
      return t.marks.map((m) => ({
        ...base,
        mark: m,
        track: 'series',
        row: 0,
        y,
        r: sizes.pointR,
      }));
    }
    case 'kinetics': {
      const k = kinetics.get(t.seriesId);
      if (!k) return [];
      // Point lookups by index: a long series is thousands of points.
      const byIndex = new Map(k.s.points.map((p) => [p.pointIndex, p]));
      const floor = k.ys.y(k.ys.domain[0]);
      return t.marks.map((m) => {
        const p = m.pointIndex === undefined ? undefined : byIndex.get(m.pointIndex);
        const y = p && (!p.censored || p.above) && p.value !== null ? k.ys.y(p.value) : floor;
        return { ...base, mark: m, track: 'kinetics', row: 0, y, r: sizes.pointR };
      });
    }
    case 'figure':
      return [];
  }
}

/**
 * Every mark's slot in the stacked lanes: event rows by their packed row, measurement points on
 * their track's line, kinetics points on their y scale (below-detection and valueless ones on the
 * floor, above-limit ones at their limit).
 * Collapsed and empty lanes have none. Worked out once per layout and size, not per zoom step.
 */
export function markSlots(
  lanes: readonly LaneBox[],
  sizes: SceneSizes,
  summaries: ReadonlyMap<string, KineticsSummary>,
  scales: ReadonlyMap<string, KineticsY>,
): MarkSlot[] {
  const kinetics = new Map<string, { s: KineticsSummary; ys: KineticsY }>();
  for (const [id, ys] of scales) {
    const s = summaries.get(id);
    if (s) kinetics.set(id, { s, ys });
  }
  const out: MarkSlot[] = [];
  lanes.forEach((lane, laneIndex) => {
    if (lane.collapsed || lane.empty) return;
    lane.tracks.forEach((t, trackIndex) => {
      for (const slot of trackSlots(t, lane, laneIndex, trackIndex, sizes, kinetics))
        if (slot.mark.place.kind !== 'none') out.push(slot);
    });
  });
  return out;
}

/** A mark placed for one window: its glyph, bar and whisker or bracket in pixels. */
export interface SceneMark extends MarkSlot {
  /** Mark key. */
  key: string;
  /** Pixel x of the glyph centre. */
  x: number;
  /** A period's bar, start to end; null for a point or window. */
  bar: [number, number] | null;
  /** A whisker's or window bracket's ends; null when exact. */
  span: [number, number] | null;
  /** False for a period drawn as a bar alone (its glyph is the bar). */
  showGlyph: boolean;
  /** What a label must keep clear of: the glyph's box, or the bar's. */
  box: Box;
  /** Half-height of its bar. */
  barHalf: number;
  /** Radius of the circle it answers a touch within (0: none beyond its glyph). */
  touchR: number;
}

/** The box a glyph of this shape covers at (x, y). */
export function glyphBox(shape: Glyph['shape'], x: number, y: number, r: number): Box {
  const reach = glyphReach(shape, r);
  return { x: x - reach.side, y: y - reach.up, w: 2 * reach.side, h: reach.up + reach.down };
}

/** A slot placed at a window's scale. */
export function placeMark(slot: MarkSlot, x: (u: number) => number, sizes: SceneSizes): SceneMark {
  const m = slot.mark;
  const period = isPeriod(m);
  const gx = glyphX(m, x, slot.r);
  const bar: [number, number] | null = period
    ? [x(m.u.at), Math.max(x(m.u.end!), x(m.u.at) + 2)]
    : null;
  let span: [number, number] | null = null;
  if (m.place.kind === 'window' || (m.place.kind === 'point' && m.u.hi > m.u.lo))
    span = [x(m.u.lo), x(m.u.hi)];
  const showGlyph = !(period && m.glyph.shape === 'bar');
  let box = glyphBox(m.glyph.shape, gx, slot.y, slot.r);
  if (bar) {
    const half = sizes.barHalf;
    const barBox = { x: bar[0], y: slot.y - half, w: bar[1] - bar[0], h: 2 * half };
    box = showGlyph ? union(box, barBox) : barBox;
  }
  return {
    ...slot,
    key: m.key,
    x: gx,
    bar,
    span,
    showGlyph,
    box,
    barHalf: sizes.barHalf,
    touchR: sizes.touchR,
  };
}

/** The smallest box holding both. */
export function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}
