// The build's picture of a dense chart draws what the live chart's canvas draws (drawDense): the
// same glyphs at the same whole pixels in the same colours, the same bars, and one glyph per pixel
// of each path, so no mark that differs in pixel, glyph or colour is left out.
import { describe, expect, it } from 'vitest';
import { syntheticCaseOfSize } from '../../../bench/synthetic/generateCase.ts';
import { allNodes, exportPalette, type SvgNode } from '../../../src/core/export/index.ts';
import type { Glyph } from '../../../src/core/layout/types.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { shapePath } from '../../../src/scene/index.ts';
import {
  densePaths,
  relativeShape,
  denseMarksSvg,
} from '../../../src/views/Export/densePicture.ts';
import { prerenderLibrary } from '../../../scripts/prerender.ts';
import { prerenderPath } from '../../../src/boot/prerenderFiles.ts';
import {
  denseGeometry,
  drawDense,
  type DenseGeometry,
} from '../../../src/views/Timeline/canvas/denseMarks.ts';
import { recorder } from '../timeline/canvasRecorder.ts';
import { caseBase } from '../timeline/caseScene.ts';

// Every shape, checked by the compiler: a new shape fails to type-check here until it is listed.
const EVERY_SHAPE: Record<Glyph['shape'], true> = {
  circle: true,
  square: true,
  diamond: true,
  triangle: true,
  'triangle-down': true,
  star: true,
  cross: true,
  bar: true,
};
const SHAPES = Object.keys(EVERY_SHAPE) as Glyph['shape'][];

/** The absolute points a path visits (every command's end point), to compare two outlines. */
function points(d: string): Array<[number, number]> {
  const t = d.match(/[A-Za-z]|-?\d*\.?\d+/g)!;
  const out: Array<[number, number]> = [];
  let [x, y, sx, sy, i] = [0, 0, 0, 0, 0];
  const n = () => Number(t[i++]);
  while (i < t.length) {
    const c = t[i++]!;
    if (c === 'M' || c === 'L') [x, y] = [n(), n()];
    else if (c === 'm' || c === 'l') [x, y] = [x + n(), y + n()];
    else if (c === 'h') x += n();
    else if (c === 'v') y += n();
    else if (c === 'a') {
      i += 5;
      [x, y] = [x + n(), y + n()];
    } else if (c === 'Z' || c === 'z') [x, y] = [sx, sy];
    if (c === 'M' || c === 'm') [sx, sy] = [x, y];
    out.push([Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
  }
  return out;
}

/** Each subpath of a path's data: the string from one M to the next. */
const subpaths = (d: string) => d.split(/(?=M)/).filter(Boolean);

const palette = exportPalette('light');

/** The glyphs and bars of a dense picture's paths, as comparable strings. */
function drawnIn(paths: SvgNode[], shapes: Array<{ shape: Glyph['shape']; r: number }>) {
  const glyphs: string[] = [];
  const bars: Array<{ x: number; y: number; w: number; h: number; colour: string }> = [];
  for (const p of paths) {
    const hollow = p.attrs.fill === 'none';
    const colour = String(hollow ? p.attrs.stroke : p.attrs.fill);
    for (const sub of subpaths(String(p.attrs.d))) {
      const bar = /^M([-\d.]+),([-\d.]+)h([-\d.]+)v([-\d.]+)h[-\d.]+z$/.exec(sub);
      const known = shapes.find((s) => sub.endsWith(relativeShape(s.shape, s.r).rest));
      if (known) {
        const s = relativeShape(known.shape, known.r);
        const [[x, y]] = points(sub) as [[number, number]];
        const cx = Math.round((x - s.x) * 100) / 100;
        const cy = Math.round((y - s.y) * 100) / 100;
        glyphs.push(`${cx},${cy} ${shapePath(known.shape, known.r)} ${colour} ${hollow}`);
      } else if (bar) {
        const [x, y, w, h] = bar.slice(1).map(Number) as [number, number, number, number];
        bars.push({ x, y, w, h, colour });
      } else throw new Error(`unknown subpath ${sub}`);
    }
  }
  return { glyphs, bars };
}

describe('the picture of a dense chart', () => {
  it('places each glyph outline by one move: the same points as the outline moved there', () => {
    for (const shape of SHAPES)
      for (const r of [3, 4.5, 7]) {
        const s = relativeShape(shape, r);
        const moved = points(`M${s.x + 100},${s.y + 50}${s.rest}`);
        const expected = points(shapePath(shape, r)).map(([x, y]) => [
          Math.round((x + 100) * 100) / 100,
          Math.round((y + 50) * 100) / 100,
        ]);
        expect(moved, `${shape} ${r}`).toEqual(expected);
      }
  });

  it('draws the same glyphs at the same pixels in the same colours as the canvas, and the same bars', () => {
    const c = syntheticCaseOfSize('M');
    const rc = resolveCase(c);
    const { layout, base } = caseBase(c, rc, { width: 1200 });
    const g = denseGeometry(base);
    const win = [0, layout.axis.uMax] as const;
    const rec = recorder(1);
    const colour = (tone: string) => palette.tones[tone]!;
    drawDense(rec.ctx, g, win, base.plotW, colour, rec.stamps);
    const shapes = base.slots.map((s) => s.mark.glyph.shape);
    const paths = densePaths(g, shapes, win, base.plotW, palette);
    const kinds = [...new Map(base.slots.map((s) => [`${s.mark.glyph.shape}|${s.r}`, s])).values()];
    const pic = drawnIn(
      paths,
      kinds.map((s) => ({ shape: s.mark.glyph.shape, r: s.r })),
    );
    const canvas = rec.glyphs.map((x) => `${x.x},${x.y} ${x.d} ${x.colour} ${x.hollow}`);
    expect(canvas.length).toBeGreaterThan(1000);
    // The canvas skips a glyph on the pixel of the one before it in its group; the picture keeps
    // one glyph per pixel of a path: the same set of glyphs, each once.
    expect(new Set(pic.glyphs).size).toBe(pic.glyphs.length);
    expect(new Set(pic.glyphs)).toEqual(new Set(canvas));
    expect(pic.bars.length).toBe(rec.bars.length);
    expect(pic.bars.length).toBeGreaterThan(10);
    rec.bars.forEach((b, i) => {
      const p = pic.bars[i]!;
      expect(p.colour).toBe(b.colour);
      for (const k of ['x', 'y', 'w', 'h'] as const)
        expect(Math.abs(p[k] - b[k]), `bar ${i} ${k}`).toBeLessThanOrEqual(0.1);
    });
  });

  it('leaves out only a glyph on the same whole pixel with the same shape, size and colour', () => {
    // Five glyphs on a plot 100 px wide showing u 0..100 (one pixel per u).
    const at = [10.2, 10.4, 11, 10.3, 10.1];
    const g: DenseGeometry = {
      n: 5,
      keys: ['a', 'b', 'c', 'd', 'e'],
      kind: new Uint8Array(5),
      a: Float64Array.from(at),
      b: Float64Array.from(at),
      y: Float32Array.from([20, 20, 20, 20, 20]),
      r: Float32Array.from([4, 4, 4, 4, 4]),
      shape: new Uint8Array(5),
      barHalf: 3,
      groups: [
        { tone: 'tox-crs', hollow: false, items: Uint32Array.from([0, 1, 2, 3]) },
        { tone: 'tox-gvhd', hollow: false, items: Uint32Array.from([4]) },
      ],
    };
    // a and b: one pixel, one shape (one drawn); c a pixel further; d another shape; e another colour.
    const shapes: Glyph['shape'][] = ['circle', 'circle', 'circle', 'square', 'circle'];
    const paths = densePaths(g, shapes, [0, 100], 100, palette);
    const pic = drawnIn(paths, [
      { shape: 'circle', r: 4 },
      { shape: 'square', r: 4 },
    ]);
    const crs = palette.tones['tox-crs'];
    const gvhd = palette.tones['tox-gvhd'];
    expect(pic.glyphs.sort()).toEqual(
      [
        `10,20 ${shapePath('circle', 4)} ${crs} false`,
        `11,20 ${shapePath('circle', 4)} ${crs} false`,
        `10,20 ${shapePath('square', 4)} ${crs} false`,
        `10,20 ${shapePath('circle', 4)} ${gvhd} false`,
      ].sort(),
    );
    // The other colour is drawn after the first, as on the canvas.
    expect(paths.map((p) => p.attrs.fill)).toEqual([crs, crs, gvhd]);
  });

  it('of synthetic M is a few paths with no mark groups, far smaller than every mark drawn as an export draws it', async () => {
    const c = syntheticCaseOfSize('M');
    const files: Record<string, string> = {
      'index.json': JSON.stringify({
        cases: [{ id: c.id, file: `cases/${c.id}.json`, title: c.title }],
      }),
      [`cases/${c.id}.json`]: JSON.stringify(c),
    };
    const out = await prerenderLibrary(async (p) => files[p] ?? null, {
      only: new Set([c.id]),
      widths: [1216],
    });
    const svg = out.get(prerenderPath(c.id, 'light', 1216))!;
    expect(svg).not.toContain('data-mark=');
    expect(svg).toMatch(/<g data-dense="\d+">/);
    expect(svg.length).toBeLessThan(200_000);
    const { layout, base } = caseBase(c, resolveCase(c), { width: 1216 });
    const group = denseMarksSvg(base, [0, layout.axis.uMax], palette);
    expect(Number(group.attrs['data-dense'])).toBe(base.slots.length);
    expect([...allNodes(group)].length).toBeLessThan(40);
  });
});
