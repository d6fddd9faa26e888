// The marks of a dense chart as the build's picture draws them: what the live chart's canvas draws
// (src/views/Timeline/canvas/denseMarks.ts, drawDense), not what an export draws. The canvas shows
// each mark's bar and glyph in its colour group's one colour (filled, or outlined when hollow),
// with no whisker, bracket, label or outline, each glyph centred on the whole pixel nearest the
// scene's position. Drawing the export's groups instead made L's picture 2.7 MB and showed
// whiskers that vanished when the canvas took over. Here each colour group is one path of bars and
// one path per glyph shape and size, every glyph a subpath at its whole pixel: a glyph on the same
// pixel as another of its path adds nothing to the path's filled (or stroked) area, so it is left
// out. Exports never use this: they draw every mark (src/scene/svg).
import type { ExportPalette } from '../../core/export/legendSvg.ts';
import { el, type SvgNode } from '../../core/export/svgTree.ts';
import type { Glyph } from '../../core/layout/types.ts';
import { shapePath, type SceneBase } from '../../scene/index.ts';
import { px } from '../../scene/svg/paint.ts';
import {
  denseGeometry,
  denseGlyphX,
  HOLLOW_LINE,
  type DenseGeometry,
} from '../Timeline/canvas/denseMarks.ts';

/** Rounds to hundredths (a glyph outline's own precision, shapePath). */
const f = (n: number) => Math.round(n * 100) / 100;

/**
 * A glyph's outline (shapePath) as a start point and the rest of the path in relative commands,
 * so it can be placed anywhere by prefixing one move. The outlines use M, L, h, v, a and Z only.
 */
export function relativeShape(
  shape: Glyph['shape'],
  r: number,
): { x: number; y: number; rest: string } {
  const tokens = shapePath(shape, r).match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  let i = 0;
  const num = () => Number(tokens[i++]);
  let x = 0;
  let y = 0;
  let start: { x: number; y: number } | null = null;
  let rest = '';
  while (i < tokens.length) {
    const cmd = tokens[i++]!;
    switch (cmd) {
      case 'M':
      case 'L': {
        const nx = num();
        const ny = num();
        if (cmd === 'M' && start === null) start = { x: nx, y: ny };
        else rest += `${cmd === 'M' ? 'm' : 'l'}${f(nx - x)},${f(ny - y)}`;
        x = nx;
        y = ny;
        break;
      }
      case 'h':
        x += Number(tokens[i]);
        rest += `h${tokens[i++]}`;
        break;
      case 'v':
        y += Number(tokens[i]);
        rest += `v${tokens[i++]}`;
        break;
      case 'a': {
        const a = tokens.slice(i, i + 7);
        i += 7;
        x += Number(a[5]);
        y += Number(a[6]);
        rest += `a${a[0]},${a[1]} ${a[2]} ${a[3]},${a[4]} ${a[5]},${a[6]}`;
        break;
      }
      case 'Z':
        rest += 'z';
        if (start) ({ x, y } = start);
        break;
      default:
        throw new Error(`relativeShape: unexpected path command ${cmd}`);
    }
  }
  return { ...(start ?? { x: 0, y: 0 }), rest };
}

/** One glyph or bar as the canvas draws it: chart-plot pixels, its group and shape. */
export interface DenseDraw {
  /** Index of the colour group (geometry.groups). */
  group: number;
  /** A bar (x0..x1 at row y) or a glyph centred at the whole pixel (x, y). */
  kind: 'bar' | 'glyph';
  x: number;
  y: number;
  /** Bar end (bars only). */
  x1: number;
  /** Glyph shape and half-size (glyphs only). */
  shape: Glyph['shape'];
  r: number;
}

/**
 * What the canvas draws for `geometry` in the window [u0, u1] over a plot `width` px wide, the whole
 * chart tall: per colour group, its bars, then its glyphs (the canvas's order), with the canvas's
 * tests for marks off the plot. Glyph centres are whole pixels (the canvas at one device pixel per
 * CSS pixel, within half a pixel of it at any other ratio).
 */
export function denseDraws(
  g: DenseGeometry,
  shapes: readonly Glyph['shape'][],
  [u0, u1]: readonly [number, number],
  width: number,
): DenseDraw[] {
  const k = width / (u1 - u0);
  const out: DenseDraw[] = [];
  g.groups.forEach((group, gi) => {
    const glyphs: DenseDraw[] = [];
    for (const i of group.items) {
      const y = g.y[i]!;
      const r = g.r[i]!;
      if (g.kind[i] === 1) {
        const x0 = (g.a[i]! - u0) * k;
        const x1 = Math.max((g.b[i]! - u0) * k, x0 + 2);
        if (x1 < 0 || x0 > width) continue;
        out.push({ group: gi, kind: 'bar', x: x0, y, x1, shape: shapes[i]!, r });
        if (g.shape[i] === 255) continue;
      }
      const x = denseGlyphX(g, i, u0, k);
      if (x < -2 * r || x > width + 2 * r) continue;
      glyphs.push({
        group: gi,
        kind: 'glyph',
        x: Math.round(x),
        y: Math.round(y),
        x1: 0,
        shape: shapes[i]!,
        r,
      });
    }
    out.push(...glyphs);
  });
  return out;
}

/**
 * The canvas's marks of `g` as SVG paths, in plot coordinates (`shapes`: each mark's glyph shape):
 * per colour group one path of its bars and one path per glyph shape and size, in the palette's
 * tone colours; each glyph once per whole pixel.
 */
export function densePaths(
  g: DenseGeometry,
  shapes: readonly Glyph['shape'][],
  window: readonly [number, number],
  width: number,
  palette: ExportPalette,
): SvgNode[] {
  const draws = denseDraws(g, shapes, window, width);
  const paths: SvgNode[] = [];
  g.groups.forEach((group, gi) => {
    const colour = palette.tones[group.tone] ?? palette.text;
    const mine = draws.filter((d) => d.group === gi);
    const bars = mine
      .filter((d) => d.kind === 'bar')
      .map((d) => {
        const x0 = px(d.x);
        return `M${x0},${px(d.y - g.barHalf)}h${px(d.x1 - d.x)}v${px(2 * g.barHalf)}h${px(d.x - d.x1)}z`;
      });
    if (bars.length) paths.push(el('path', { d: bars.join(''), fill: colour }));
    // Glyph centres by shape and size; a Set keeps one glyph per pixel.
    const byShape = new Map<string, Set<string>>();
    for (const d of mine) {
      if (d.kind !== 'glyph') continue;
      const key = `${d.shape}|${d.r}`;
      let at = byShape.get(key);
      if (!at) byShape.set(key, (at = new Set()));
      at.add(`${d.x},${d.y}`);
    }
    for (const [key, at] of byShape) {
      const [shape, r] = key.split('|') as [Glyph['shape'], string];
      const s = relativeShape(shape, Number(r));
      const d = [...at]
        .map((p) => {
          const [x, y] = p.split(',').map(Number) as [number, number];
          return `M${f(x + s.x)},${f(y + s.y)}${s.rest}`;
        })
        .join('');
      paths.push(
        el(
          'path',
          group.hollow
            ? { d, fill: 'none', stroke: colour, 'stroke-width': HOLLOW_LINE }
            : { d, fill: colour },
        ),
      );
    }
  });
  return paths;
}

/** A dense chart's marks as its canvas draws them, as one SVG group in plot coordinates. */
export function denseMarksSvg(
  base: SceneBase,
  window: readonly [number, number],
  palette: ExportPalette,
): SvgNode {
  const g = denseGeometry(base);
  const shapes = base.slots.map((s) => s.mark.glyph.shape);
  return el('g', { 'data-dense': g.n }, densePaths(g, shapes, window, base.plotW, palette));
}
