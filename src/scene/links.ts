// Where a "treated by" link is drawn: from the treatment's mark to the toxicity's mark, as the
// lanes stack them. Pure geometry over the lane boxes, so tests check it as numbers.
import type { TreatmentLink } from '../core/layout/index.ts';
import type { Mark } from '../core/layout/types.ts';
import { glyphReach, glyphX } from './glyphs.ts';
import type { MarkSlot } from './marks.ts';

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
  slots: readonly MarkSlot[],
  links: readonly TreatmentLink[],
): Map<string, RowMark> {
  const out = new Map<string, RowMark>();
  if (links.length === 0) return out;
  const wanted = new Set(links.flatMap((l) => [l.from, l.to]));
  for (const s of slots)
    if (s.track === 'rows' && wanted.has(s.mark.key))
      out.set(s.mark.key, { mark: s.mark, y: s.y, r: s.r });
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
function anchor(
  rm: RowMark,
  x: (u: number) => number,
  side: 'up' | 'down',
  barHalf: number,
  toward?: number,
) {
  const { mark: m, r } = rm;
  const reach = glyphReach(m.glyph.shape, r);
  const glyph = reach[side] + GAP;
  if (m.place.kind === 'window' || m.u.end === null) return { x: glyphX(m, x, r), half: glyph };
  const x0 = x(m.u.at);
  const x1 = Math.max(x(m.u.end), x0);
  const at = toward === undefined ? x0 : Math.min(x1, Math.max(x0, toward));
  // A period's glyph sits at its start, over the bar (a bar-shaped one is not drawn at all): an
  // end that would touch the glyph's edge goes to its centre, the rest meet the bar.
  if (m.glyph.shape !== 'bar' && Math.abs(at - x0) <= reach.side + HEAD_HALF + GAP)
    return { x: x0, half: Math.max(glyph, barHalf + GAP) };
  return { x: at, half: barHalf + GAP };
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
  barHalf: number,
): LinkPath[] {
  const out: LinkPath[] = [];
  for (const l of links) {
    const from = marks.get(l.from);
    const to = marks.get(l.to);
    if (!from || !to) continue;
    const down = to.y >= from.y ? 1 : -1;
    const a = anchor(from, x, down > 0 ? 'down' : 'up', barHalf);
    const b = anchor(to, x, down > 0 ? 'up' : 'down', barHalf, a.x);
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
