// Glyph geometry shared by every drawing: SVG paths, canvas Path2D and export use these strings.
import type { Glyph, LaneId, Mark } from '../core/layout/types.ts';
import type { SceneSizes } from './sizes.ts';

const f = (n: number) => Math.round(n * 100) / 100;

/** SVG path of a glyph shape centred on 0,0 with half-size r. */
export function shapePath(shape: Glyph['shape'], r: number): string {
  switch (shape) {
    case 'diamond':
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
    case 'triangle':
      return `M0,${-r}L${f(r * 0.95)},${f(r * 0.8)}L${f(-r * 0.95)},${f(r * 0.8)}Z`;
    case 'triangle-down':
      return `M0,${r}L${f(r * 0.95)},${f(-r * 0.8)}L${f(-r * 0.95)},${f(-r * 0.8)}Z`;
    case 'star': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const rad = i % 2 === 0 ? r * 1.15 : r * 0.5;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        pts.push(`${f(rad * Math.cos(a))},${f(rad * Math.sin(a))}`);
      }
      return `M${pts.join('L')}Z`;
    }
    case 'cross': {
      const t = r * 0.32;
      const e = r * 0.9;
      return `M${f(-e)},${f(-e + t)}L${f(-e + t)},${f(-e)}L0,${f(-t)}L${f(e - t)},${f(-e)}L${f(e)},${f(-e + t)}L${f(t)},0L${f(e)},${f(e - t)}L${f(e - t)},${f(e)}L0,${f(t)}L${f(-e + t)},${f(e)}L${f(-e)},${f(e - t)}L${f(-t)},0Z`;
    }
    case 'bar':
      return `M${f(-r * 1.3)},${f(-r * 0.45)}h${f(r * 2.6)}v${f(r * 0.9)}h${f(-r * 2.6)}Z`;
    case 'square':
      return `M${f(-r * 0.85)},${f(-r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`;
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
}

/** How far a glyph of half-size r reaches above, below and to each side of its centre (shapePath). */
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

/** Half-size of the event glyphs of a lane: toxicities carry a grade inside, so theirs are larger. */
export function glyphRadius(lane: LaneId, sizes: SceneSizes): number {
  return lane === 'toxicity' ? sizes.toxicityR : sizes.glyphR;
}

/** True when a glyph's text (a grade, "NR") is drawn inside its shape rather than beside it. */
export function textInside(glyph: Glyph, r: number): boolean {
  return glyph.text.length > 0 && glyph.text.length <= 2 && r >= 7 && glyph.text !== '≈';
}

/** True for a period drawn as a bar from its start to its end (not a window, which is bracketed). */
export function isPeriod(m: Mark): boolean {
  return m.u.end !== null && m.place.kind !== 'window';
}

/**
 * Pixel x of a mark's glyph: at its time; in the middle of a closed window, so it reads as "some
 * day in here" and not as the window's first day; just inside the opening bracket of an open
 * window (or the plot's left edge, when zoomed past it), whose arrow carries it on.
 */
export function glyphX(m: Mark, x: (u: number) => number, r: number): number {
  if (m.place.kind !== 'window') return x(m.u.at);
  return windowGlyphX(x(m.u.lo), x(m.u.hi), m.place.open === true, r);
}

/** glyphX of a window from its ends in pixels (the canvas calls this with no Mark at hand). */
export function windowGlyphX(x0: number, x1: number, open: boolean, r: number): number {
  // An open window zoomed past its start keeps its glyph at the plot's left edge, on its bracket.
  return open ? Math.min(Math.max(x0, 0) + r + 3, x1) : (x0 + x1) / 2;
}
