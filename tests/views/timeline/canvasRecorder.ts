// A 2D context that records what drawDense draws and where, for tests in Node (no canvas).
import { shapePath } from '../../../src/scene/index.ts';
import { stampHalf, type GlyphStamps } from '../../../src/views/Timeline/canvas/denseMarks.ts';

/** A glyph drawn on the canvas: its centre (CSS pixels), outline and colour. */
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

/** A glyph image as the recorder's stamps make it: what it shows and its centre, not pixels. */
interface RecordedStamp {
  d: string;
  colour: string;
  hollow: boolean;
  half: number;
}

/**
 * A canvas context that records every glyph image and bar drawn, and glyph stamps that say what
 * each image shows. `ratio` is the context's device pixels per CSS pixel (its base transform);
 * glyph centres are recorded in CSS pixels.
 */
export function recorder(ratio = 1) {
  const glyphs: DrawnGlyph[] = [];
  const bars: DrawnBar[] = [];
  let t = { a: ratio, b: 0, c: 0, d: ratio, e: 0, f: 0 };
  const stamps: GlyphStamps = {
    get(shape, r, colour, hollow, at) {
      const half = stampHalf(r, at);
      const image: RecordedStamp = { d: shapePath(shape, r), colour, hollow, half };
      return { image: image as unknown as CanvasImageSource, half };
    },
  };
  const ctx = {
    fillStyle: '',
    getTransform: () => ({ ...t }),
    setTransform(...args: unknown[]) {
      const [a, b, c, d, e, f] = args as number[];
      t =
        typeof args[0] === 'object'
          ? { ...(args[0] as typeof t) }
          : { a: a!, b: b!, c: c!, d: d!, e: e!, f: f! };
    },
    // Images are copied in device pixels at the identity transform, at their natural size.
    drawImage(image: RecordedStamp, dx: number, dy: number) {
      if (t.a !== 1 || t.d !== 1 || t.e !== 0 || t.f !== 0)
        throw new Error('a glyph image copied under a transform');
      const { d, colour, hollow, half } = image;
      glyphs.push({ x: (dx + half) / ratio, y: (dy + half) / ratio, d, colour, hollow });
    },
    fillRect(x: number, y: number, w: number, h: number) {
      if (t.a !== ratio || t.e !== 0) throw new Error('a bar filled outside the base transform');
      bars.push({ x, y, w, h, colour: ctx.fillStyle });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, stamps, glyphs, bars };
}
