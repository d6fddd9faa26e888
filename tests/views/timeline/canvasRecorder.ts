// A 2D context that records what drawDense draws and where, for tests in Node (no canvas).

/** A glyph outline placed in a gathered path: its path string and its translation. */
interface Placed {
  d: string;
  x: number;
  y: number;
}

/**
 * Path2D as the recorder sees it: the SVG path string it was made from, or (for a path the glyphs
 * of a colour are gathered in) each outline added to it with the translation it was added at.
 */
class RecordedPath {
  readonly placed: Placed[] = [];
  constructor(readonly d = '') {}
  addPath(p: RecordedPath, m: { e?: number; f?: number } = {}) {
    const e = m.e ?? 0;
    const f = m.f ?? 0;
    if (p.placed.length)
      for (const q of p.placed) this.placed.push({ ...q, x: q.x + e, y: q.y + f });
    else this.placed.push({ d: p.d, x: e, y: f });
  }
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
  // Each outline of a path, at the current transform's translation plus its own (scale 1).
  const draw = (p: RecordedPath, colour: string, hollow: boolean) => {
    const parts = p.placed.length ? p.placed : [{ d: p.d, x: 0, y: 0 }];
    for (const q of parts) glyphs.push({ x: t.e + q.x, y: t.f + q.y, d: q.d, colour, hollow });
  };
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
      draw(p, ctx.fillStyle, false);
    },
    stroke(p: RecordedPath) {
      draw(p, ctx.strokeStyle, true);
    },
    fillRect(x: number, y: number, w: number, h: number) {
      bars.push({ x, y, w, h, colour: ctx.fillStyle });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, glyphs, bars };
}
