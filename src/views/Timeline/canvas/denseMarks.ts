import type { KineticsSummary } from '../../../core/kinetics/index.ts';
import { kineticsY } from '../model/kineticsScale.ts';
import { glyphX } from '../model/labelItems.ts';
import type { LaneBox } from '../model/laneBoxes.ts';
import { GLYPH_R, GLYPH_Y, ROW_H } from '../model/sizes.ts';

/**
 * Above this many marks in view the chart draws its marks on one canvas: thousands of SVG groups
 * cannot be re-laid out at 60 frames a second. Every curated case stays far below it, so their
 * SVG (and the export built from it) is unchanged.
 */
export const DENSE_LIMIT = 600;

/**
 * While a wheel, drag or pinch gesture moves the window, above this many marks in view the canvas
 * draws them: re-rendering a few hundred SVG marks with labels takes several frames' time. The
 * SVG marks, labels and focus come back when the gesture ends. Curated cases stay below it.
 */
export const GESTURE_LIMIT = 100;

/** True when the marks in view are too many for SVG (a lower limit while a gesture is on). */
export function isDense(marksInView: number, gesture = false): boolean {
  return marksInView > (gesture ? GESTURE_LIMIT : DENSE_LIMIT);
}

/** One mark as the canvas draws it: a dot, or a bar from x to x2 for a period. */
export interface DenseDot {
  x: number;
  /** End of a period's bar; null for a point. */
  x2: number | null;
  y: number;
  r: number;
  /** Palette token of the glyph (CSS custom property without "--"). */
  tone: string;
  hollow: boolean;
}

/**
 * Where every mark in view sits, computed exactly as the SVG lanes place them: event rows by
 * packed row, measurement points on their track's middle line, kinetics points on their y scale
 * (censored and valueless ones on the floor).
 */
export function denseDots(
  boxes: readonly LaneBox[],
  visible: ReadonlySet<string>,
  x: (u: number) => number,
  summaries: ReadonlyMap<string, KineticsSummary>,
  domains?: ReadonlyMap<string, [number, number]>,
): DenseDot[] {
  const out: DenseDot[] = [];
  for (const box of boxes) {
    if (box.collapsed || box.empty) continue;
    const r = box.id === 'toxicity' ? 9 : 7;
    for (const t of box.tracks) {
      if (t.kind === 'figure') continue;
      let yOf: (index: number | undefined, row: number) => number;
      let rr = r;
      if (t.kind === 'rows') yOf = (_i, row) => t.y + row * ROW_H + GLYPH_Y;
      else if (t.kind === 'series') {
        rr = 6;
        yOf = () => t.y + t.height / 2 + 2;
      } else {
        const s = summaries.get(t.seriesId);
        if (!s) continue;
        rr = 5;
        const ys = kineticsY(s, t.y, t.height, domains?.get(t.seriesId));
        const floor = ys.y(ys.domain[0]);
        const byIndex = new Map(s.points.map((p) => [p.pointIndex, p]));
        yOf = (i) => {
          const p = byIndex.get(i as number);
          return p && !p.censored && p.value !== null ? ys.y(p.value) : floor;
        };
      }
      for (const m of t.marks) {
        if (!visible.has(m.key)) continue;
        const period = m.u.end !== null && m.place.kind !== 'window';
        out.push({
          x: period ? x(m.u.at) : glyphX(m, x),
          x2: period ? x(m.u.end!) : null,
          y: yOf(m.pointIndex, m.row),
          r: rr,
          tone: m.glyph.tone,
          hollow: m.glyph.fill === 'hollow',
        });
      }
    }
  }
  return out;
}

/** The keys the SVG lanes draw in a dense view: none (the canvas draws them). */
export const NO_KEYS: ReadonlySet<string> = new Set();

/** One colour group of the canvas: every mark in it is filled (or stroked) in one path. */
export interface DenseGroup {
  /** Palette token (CSS custom property without "--"). */
  tone: string;
  /** Drawn as a ring instead of a disc. */
  hollow: boolean;
  /** Indexes into the geometry's arrays, in track and time order. */
  items: Uint32Array;
}

/**
 * Where the canvas draws each mark of a layout, in axis u and chart pixels, worked out once per
 * layout (not per zoom step): a zoom step then only maps u to x. Kinds: 0 a point at `a`, 1 a
 * period's bar from `a` to `b`, 2 (closed) or 3 (open) a window's glyph placed from its ends `a` and `b` (glyphX).
 */
export interface DenseGeometry {
  /** Number of marks. */
  n: number;
  kind: Uint8Array;
  a: Float64Array;
  b: Float64Array;
  y: Float32Array;
  r: Float32Array;
  /** Marks grouped by colour. */
  groups: DenseGroup[];
}

/**
 * The canvas geometry of every drawable mark: the same placement as denseDots (and so as the SVG
 * lanes), without the marks that have no place on the axis.
 */
export function denseGeometry(
  boxes: readonly LaneBox[],
  summaries: ReadonlyMap<string, KineticsSummary>,
  domains?: ReadonlyMap<string, [number, number]>,
): DenseGeometry {
  const all = new Set<string>();
  for (const box of boxes)
    for (const t of box.tracks)
      if (t.kind !== 'figure') for (const m of t.marks) if (m.place.kind !== 'none') all.add(m.key);
  // x is the identity: dot.x is then the mark's u, which the frame maps to pixels.
  const identity = (u: number) => u;
  const dots = denseDots(boxes, all, identity, summaries, domains);
  const marks = boxes.flatMap((b) =>
    b.collapsed || b.empty
      ? []
      : b.tracks.flatMap((t) => (t.kind === 'figure' ? [] : t.marks.filter((m) => all.has(m.key)))),
  );
  const n = dots.length;
  const g: DenseGeometry = {
    n,
    kind: new Uint8Array(n),
    a: new Float64Array(n),
    b: new Float64Array(n),
    y: new Float32Array(n),
    r: new Float32Array(n),
    groups: [],
  };
  const byGroup = new Map<string, number[]>();
  dots.forEach((d, i) => {
    const m = marks[i]!;
    const win = m.place.kind === 'window';
    g.kind[i] = d.x2 !== null ? 1 : win ? (m.place.kind === 'window' && m.place.open ? 3 : 2) : 0;
    g.a[i] = win ? m.u.lo : d.x;
    g.b[i] = d.x2 ?? (win ? m.u.hi : d.x);
    g.y[i] = d.y;
    g.r[i] = d.r;
    const k = `${d.tone}|${d.hollow ? 1 : 0}`;
    let list = byGroup.get(k);
    if (!list) byGroup.set(k, (list = []));
    list.push(i);
  });
  for (const [k, list] of byGroup) {
    const [tone, hollow] = k.split('|');
    g.groups.push({ tone: tone!, hollow: hollow === '1', items: Uint32Array.from(list) });
  }
  return g;
}

/**
 * Draws the geometry for the window [u0, u1] over `width` pixels: one path per colour, marks
 * outside the plot or outside the chart rows [top, bottom] on screen skipped, and a dot that lands on the same pixel as the one before it in its
 * group skipped too (at full zoom-out thousands of dots share pixels). Returns the marks drawn.
 */
export function drawDense(
  ctx: CanvasRenderingContext2D,
  g: DenseGeometry,
  [u0, u1]: readonly [number, number],
  width: number,
  colour: (tone: string) => string,
  [top, bottom]: readonly [number, number] = [-Infinity, Infinity],
): number {
  const k = width / (u1 - u0);
  let drawn = 0;
  ctx.lineWidth = 1.5;
  for (const group of g.groups) {
    const c = colour(group.tone);
    ctx.fillStyle = c;
    ctx.strokeStyle = c;
    ctx.beginPath();
    let lastX = NaN;
    let lastY = NaN;
    for (const i of group.items) {
      const y = g.y[i]!;
      if (y < top - 10 || y > bottom + 10) continue;
      if (g.kind[i] === 1) {
        const x0 = (g.a[i]! - u0) * k;
        const x1 = (g.b[i]! - u0) * k;
        if (x1 < 0 || x0 > width) continue;
        ctx.fillRect(x0, y - 3, Math.max(2, x1 - x0), 6);
        drawn++;
        continue;
      }
      const xa = (g.a[i]! - u0) * k;
      // As glyphX: a closed window's glyph in its middle, an open one's inside its opening bracket.
      const xb = (g.b[i]! - u0) * k;
      const x =
        g.kind[i] === 2
          ? (xa + xb) / 2
          : g.kind[i] === 3
            ? Math.min(Math.max(xa, 0) + GLYPH_R + 3, xb)
            : xa;
      const r = g.r[i]!;
      if (x < -r || x > width + r) continue;
      const px = Math.round(x);
      if (px === lastX && y === lastY) continue;
      lastX = px;
      lastY = y;
      const rr = r * 0.7;
      ctx.moveTo(x + rr, y);
      ctx.arc(x, y, rr, 0, 2 * Math.PI);
      drawn++;
    }
    if (group.hollow) ctx.stroke();
    else ctx.fill();
  }
  return drawn;
}
