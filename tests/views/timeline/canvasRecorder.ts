// A 2D context that records what drawDense draws and where, for tests in Node (no canvas).

/** Path2D as the recorder sees it: the SVG path string it was made from. */
class RecordedPath {
  constructor(readonly d: string) {}
}
// drawDense makes its glyph outlines with Path2D, which Node lacks: the recorder reads their path.
(globalThis as { Path2D?: unknown }).Path2D ??= RecordedPath;

/** A glyph drawn on the canvas: its centre (the transform's translation), outline and colour. */
export interface DrawnGlyph {
  x: number;
  y: number;
  /** The path string of its outline (shapePath). */
  d: string;
  colour: string;
  /** Stroked (an outline) rather than filled. */
  hollow: boolean;
}

/** A period's bar drawn on the canvas. */
export interface DrawnBar {
  x: number;
  y: number;
  w: number;
  h: number;
  colour: string;
}

/** A canvas context that records every glyph and bar drawn, at identity base transform. */
export function recorder() {
  const glyphs: DrawnGlyph[] = [];
  const bars: DrawnBar[] = [];
  let t = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
  const ctx = {
    lineWidth: 0,
    fillStyle: '',
    strokeStyle: '',
    getTransform: () => ({ ...t }),
    setTransform(...args: unknown[]) {
      const [a, b, c, d, e, f] = args as number[];
      t =
        typeof args[0] === 'object'
          ? { ...(args[0] as typeof t) }
          : { a: a!, b: b!, c: c!, d: d!, e: e!, f: f! };
    },
    fill(p: RecordedPath) {
      glyphs.push({ x: t.e, y: t.f, d: p.d, colour: ctx.fillStyle, hollow: false });
    },
    stroke(p: RecordedPath) {
      glyphs.push({ x: t.e, y: t.f, d: p.d, colour: ctx.strokeStyle, hollow: true });
    },
    fillRect(x: number, y: number, w: number, h: number) {
      bars.push({ x, y, w, h, colour: ctx.fillStyle });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, glyphs, bars };
}
