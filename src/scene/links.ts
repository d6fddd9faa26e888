// Where a "treated by" link is drawn: from the treatment's mark to the toxicity's mark, as the
// lanes stack them. Pure geometry over the lane boxes, so tests check it as numbers.
import type { TreatmentLink } from '../../../core/layout/index.ts';
import type { Glyph, LaneId, Mark } from '../../../core/layout/types.ts';
import { glyphX } from './labelItems.ts';
import type { LaneBox } from './laneBoxes.ts';
import { GLYPH_Y, ROW_H } from './sizes.ts';

/** Half-size of the glyphs of a lane: toxicities carry a grade inside, so theirs are larger. */
export function glyphRadius(lane: LaneId): number {
  return lane === 'toxicity' ? 9 : 7;
}

/**
 * How far a glyph of half-size r reaches above, below and to each side of its centre, as
 * Glyph.tsx's shapePath draws it (a bar is a flat pill 2.6 r wide, a triangle's base sits at
 * 0.8 r, a star's points at 1.15 r).
 */
export function glyphReach(
  shape: Glyph['shape'],
  r: number,
): { up: number; down: number; side: number } {
  switch (shape) {
    case 'bar':
      return { up: r * 0.45, down: r * 0.45, side: r * 1.3 };
    case 'square':
      return { up: r * 0.85, down: r * 0.85, side: r * 0.85 };
    case 'cross':
      return { up: r * 0.9, down: r * 0.9, side: r * 0.9 };
    case 'triangle':
      return { up: r, down: r * 0.8, side: r * 0.95 };
    case 'triangle-down':
      return { up: r * 0.8, down: r, side: r * 0.95 };
    case 'star':
      return {
        up: r * 1.15,
        down: r * 1.15 * Math.cos(Math.PI / 5),
        side: r * 1.15 * Math.sin((2 * Math.PI) / 5),
      };
    case 'diamond':
    case 'circle':
      return { up: r, down: r, side: r };
  }
}

/** Half-height of a period's bar (Period.tsx). */
const BAR_HALF = 4;
/** Gap between a link's end and the glyph or bar it touches. */
const GAP = 2;
/** Length and half-width of the arrowhead at the toxicity. */
const HEAD_LEN = 6;
const HEAD_HALF = 3.5;

/** A mark of an event row with the pixel y of its glyph line and its glyph half-size. */
export interface RowMark {
  mark: Mark;
  y: number;
  r: number;
}

/** The row marks that the links touch, found once per layout (not on every zoom step). */
export function linkedMarks(
  boxes: readonly LaneBox[],
  links: readonly TreatmentLink[],
): Map<string, RowMark> {
  const out = new Map<string, RowMark>();
  if (links.length === 0) return out;
  const wanted = new Set(links.flatMap((l) => [l.from, l.to]));
  for (const b of boxes) {
    if (b.collapsed) continue;
    for (const t of b.tracks)
      if (t.kind === 'rows')
        for (const m of t.marks)
          if (wanted.has(m.key))
            out.set(m.key, { mark: m, y: t.y + m.row * ROW_H + GLYPH_Y, r: glyphRadius(b.id) });
  }
  return out;
}

/** A link as drawn: its connector, its arrowhead and the two points it joins. */
export interface LinkPath extends TreatmentLink {
  /** The connector, from the treatment to the base of the arrowhead. */
  d: string;
  /** The arrowhead, its tip at `end`. */
  head: string;
  /** Where the connector leaves the treatment's mark. */
  start: readonly [number, number];
  /** Where the arrowhead touches the toxicity's mark. */
  end: readonly [number, number];
}

const f = (n: number) => Math.round(n * 10) / 10;

/**
 * Where a link meets a mark, on the side facing the other mark: its glyph, or for a period the
 * point of its bar nearest `toward` (a treatment given during an episode points at that day of
 * it). `half` is how far above or below that point the glyph or bar ends, plus a small gap.
 */
function anchor(rm: RowMark, x: (u: number) => number, side: 'up' | 'down', toward?: number) {
  const { mark: m, r } = rm;
  const reach = glyphReach(m.glyph.shape, r);
  const glyph = reach[side] + GAP;
  if (m.place.kind === 'window' || m.u.end === null) return { x: glyphX(m, x), half: glyph };
  const x0 = x(m.u.at);
  const x1 = Math.max(x(m.u.end), x0);
  const at = toward === undefined ? x0 : Math.min(x1, Math.max(x0, toward));
  // A period's glyph sits at its start, over the bar (a bar-shaped one is not drawn at all): an
  // end that would touch the glyph's edge goes to its centre, the rest meet the bar.
  if (m.glyph.shape !== 'bar' && Math.abs(at - x0) <= reach.side + HEAD_HALF + GAP)
    return { x: x0, half: Math.max(glyph, BAR_HALF + GAP) };
  return { x: at, half: BAR_HALF + GAP };
}

/**
 * Each link as a curve that leaves the treatment's mark upwards or downwards towards the
 * toxicity's lane and ends in a small arrowhead at the toxicity's glyph (or on its bar, at the
 * treatment's day, when the toxicity is an episode with an end). Links whose marks are not in
 * `marks` (a collapsed lane) are left out.
 */
export function linkPaths(
  links: readonly TreatmentLink[],
  marks: ReadonlyMap<string, RowMark>,
  x: (u: number) => number,
): LinkPath[] {
  const out: LinkPath[] = [];
  for (const l of links) {
    const from = marks.get(l.from);
    const to = marks.get(l.to);
    if (!from || !to) continue;
    const down = to.y >= from.y ? 1 : -1;
    const a = anchor(from, x, down > 0 ? 'down' : 'up');
    const b = anchor(to, x, down > 0 ? 'up' : 'down', a.x);
    const start = [f(a.x), f(from.y + down * a.half)] as const;
    const end = [f(b.x), f(to.y - down * b.half)] as const;
    const base = f(end[1] - down * HEAD_LEN);
    const mid = f((start[1] + base) / 2);
    out.push({
      ...l,
      d: `M${start[0]},${start[1]}C${start[0]},${mid} ${end[0]},${mid} ${end[0]},${base}`,
      head: `M${end[0]},${end[1]}L${f(end[0] - HEAD_HALF)},${base}L${f(end[0] + HEAD_HALF)},${base}Z`,
      start,
      end,
    });
  }
  return out;
}
