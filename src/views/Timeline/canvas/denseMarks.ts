import type { Glyph } from '../../../core/layout/types.ts';
import { isPeriod, shapePath, windowGlyphX, type SceneBase } from '../../../scene/index.ts';

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

/** The keys the SVG lanes draw in a dense view: none (the canvas draws them). */
export const NO_KEYS: ReadonlySet<string> = new Set();

/** One colour group of the canvas: every mark in it is filled (or stroked) in one colour. */
export interface DenseGroup {
  /** Palette token (CSS custom property without "--"). */
  tone: string;
  /** Drawn as an outline instead of filled. */
  hollow: boolean;
  /** Indexes into the geometry's arrays, in track and time order. */
  items: Uint32Array;
}

const SHAPES: ReadonlyArray<Glyph['shape']> = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'star',
  'cross',
  'bar',
];

/**
 * Where the canvas draws each mark of a scene, in axis u and chart pixels, taken once per layout
 * from the scene's slots (not per zoom step): a zoom step then only maps u to x. Kinds: 0 a point
 * at `a`, 1 a period's bar from `a` to `b` (with its glyph at `a` unless the glyph is the bar), 2
 * (closed) or 3 (open) a window's glyph placed from its ends `a` and `b` as the scene places it.
 */
export interface DenseGeometry {
  /** Number of marks. */
  n: number;
  /** Mark keys, by index. */
  keys: string[];
  kind: Uint8Array;
  a: Float64Array;
  b: Float64Array;
  y: Float32Array;
  r: Float32Array;
  /** Index into the shapes of the glyph; 255 when only the bar is drawn. */
  shape: Uint8Array;
  /** Half-height of a bar. */
  barHalf: number;
  /** Marks grouped by colour. */
  groups: DenseGroup[];
}

/** The canvas geometry of every drawable mark of a scene: exactly the scene's slots. */
export function denseGeometry(base: SceneBase): DenseGeometry {
  const slots = base.slots;
  const n = slots.length;
  const g: DenseGeometry = {
    n,
    keys: slots.map((s) => s.mark.key),
    kind: new Uint8Array(n),
    a: new Float64Array(n),
    b: new Float64Array(n),
    y: new Float32Array(n),
    r: new Float32Array(n),
    shape: new Uint8Array(n),
    barHalf: base.sizes.barHalf,
    groups: [],
  };
  const byGroup = new Map<string, number[]>();
  slots.forEach((s, i) => {
    const m = s.mark;
    const period = isPeriod(m);
    const win = m.place.kind === 'window';
    g.kind[i] = period ? 1 : win ? (m.place.kind === 'window' && m.place.open ? 3 : 2) : 0;
    g.a[i] = win ? m.u.lo : m.u.at;
    g.b[i] = period ? m.u.end! : win ? m.u.hi : m.u.at;
    g.y[i] = s.y;
    g.r[i] = s.r;
    g.shape[i] = period && m.glyph.shape === 'bar' ? 255 : SHAPES.indexOf(m.glyph.shape);
    const hollow = m.plan || m.glyph.fill === 'hollow';
    const k = `${m.glyph.tone}|${hollow ? 1 : 0}`;
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

/** Pixel x of mark i's glyph for the window starting at u0 with k pixels per u (as the scene's glyphX). */
export function denseGlyphX(g: DenseGeometry, i: number, u0: number, k: number): number {
  const xa = (g.a[i]! - u0) * k;
  const kind = g.kind[i]!;
  if (kind === 0 || kind === 1) return xa;
  return windowGlyphX(xa, (g.b[i]! - u0) * k, kind === 3, g.r[i]!);
}

/**
 * Glyph images for the canvas, one per shape, size, colour and fill, made once and copied to each
 * mark. In software rasterisation (no GPU) filling thousands of glyph outlines cost 30–50 ms a
 * frame at XL when zoomed out; copying a small image is a blit.
 */
export interface GlyphStamps {
  /**
   * The image of a glyph (the scene's own outline, `shapePath`) at `ratio` device pixels per CSS
   * pixel, and its centre's offset inside it in device pixels (a whole number).
   */
  get(
    shape: Glyph['shape'],
    r: number,
    colour: string,
    hollow: boolean,
    ratio: number,
  ): { image: CanvasImageSource; half: number };
}

/** Outline width of a hollow glyph on the canvas (CSS pixels). */
export const HOLLOW_LINE = 1.5;

/** Half the side of a glyph's image in device pixels: room for its widest shape and outline. */
export function stampHalf(r: number, ratio: number): number {
  return Math.ceil((r * 1.15 + HOLLOW_LINE + 1) * ratio);
}

/** Glyph images drawn on small canvases of the page, kept while the layer lives. */
export function canvasStamps(): GlyphStamps {
  const made = new Map<string, { image: HTMLCanvasElement; half: number }>();
  return {
    get(shape, r, colour, hollow, ratio) {
      const key = `${shape}|${r}|${colour}|${hollow ? 1 : 0}|${ratio}`;
      let s = made.get(key);
      if (!s) {
        const half = stampHalf(r, ratio);
        const image = document.createElement('canvas');
        image.width = image.height = 2 * half;
        const ctx = image.getContext('2d')!;
        ctx.setTransform(ratio, 0, 0, ratio, half, half);
        const path = new Path2D(shapePath(shape, r));
        ctx.fillStyle = ctx.strokeStyle = colour;
        ctx.lineWidth = HOLLOW_LINE;
        if (hollow) ctx.stroke(path);
        else ctx.fill(path);
        made.set(key, (s = { image, half }));
      }
      return s;
    },
  };
}

// Device-pixel centres of the glyphs of one colour group, reused from frame to frame.
let scratch = new Float64Array(0);

/**
 * Draws the geometry for the window [u0, u1] over `width` pixels: each mark's bar and its glyph's
 * own shape, in its colour; marks outside the plot or outside the chart rows [top, bottom] on
 * screen skipped, and a glyph that lands on the same pixel as the one before it in its group
 * skipped too (at full zoom-out thousands of marks share pixels). Each glyph is a copy of its
 * image (`stamps`) centred on the device pixel nearest the scene's position (so within half a
 * device pixel of it): the copy is then a plain blit, with no resampling. Bars are filled where
 * the scene puts them. Returns the marks drawn.
 */
export function drawDense(
  ctx: CanvasRenderingContext2D,
  g: DenseGeometry,
  [u0, u1]: readonly [number, number],
  width: number,
  colour: (tone: string) => string,
  stamps: GlyphStamps,
  [top, bottom]: readonly [number, number] = [-Infinity, Infinity],
): number {
  const k = width / (u1 - u0);
  // Glyphs are copied in device pixels; bars are filled under the caller's transform.
  const t = ctx.getTransform();
  const ratio = t.a;
  if (scratch.length < 3 * g.n) scratch = new Float64Array(3 * g.n);
  let drawn = 0;
  for (const group of g.groups) {
    const c = colour(group.tone);
    ctx.fillStyle = c;
    let count = 0;
    let lastX = NaN;
    let lastY = NaN;
    for (const i of group.items) {
      const y = g.y[i]!;
      const r = g.r[i]!;
      if (y < top - 2 * r || y > bottom + 2 * r) continue;
      if (g.kind[i] === 1) {
        const x0 = (g.a[i]! - u0) * k;
        const x1 = Math.max((g.b[i]! - u0) * k, x0 + 2);
        if (x1 < 0 || x0 > width) continue;
        ctx.fillRect(x0, y - g.barHalf, x1 - x0, 2 * g.barHalf);
        drawn++;
        if (g.shape[i] === 255) continue;
      }
      const x = denseGlyphX(g, i, u0, k);
      if (x < -2 * r || x > width + 2 * r) continue;
      const px = Math.round(x);
      if (px === lastX && y === lastY) continue;
      lastX = px;
      lastY = y;
      scratch[3 * count] = Math.round(t.a * x + t.e);
      scratch[3 * count + 1] = Math.round(t.d * y + t.f);
      scratch[3 * count + 2] = i;
      count++;
      if (g.kind[i] !== 1) drawn++;
    }
    if (!count) continue;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    // A group has one colour and fill, and few shapes and sizes: their images by shape and size.
    const images = new Map<number, { image: CanvasImageSource; half: number }>();
    for (let j = 0; j < count; j++) {
      const i = scratch[3 * j + 2]!;
      const shape = g.shape[i]!;
      const r = g.r[i]!;
      const key = shape + 256 * r;
      let s = images.get(key);
      if (!s) images.set(key, (s = stamps.get(SHAPES[shape]!, r, c, group.hollow, ratio)));
      ctx.drawImage(s.image, scratch[3 * j]! - s.half, scratch[3 * j + 1]! - s.half);
    }
    ctx.setTransform(t);
  }
  return drawn;
}
