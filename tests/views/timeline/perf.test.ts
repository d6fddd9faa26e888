import { describe, expect, it } from 'vitest';
import { syntheticCaseOfSize } from '../../../bench/synthetic/generateCase.ts';
import { pointsForView } from '../../../src/core/kinetics/index.ts';
import { describeTime } from '../../../src/core/time/describe.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { markExtent, sceneAt, shapePath } from '../../../src/scene/index.ts';
import {
  DENSE_LIMIT,
  denseGeometry,
  drawDense,
  GESTURE_LIMIT,
  isDense,
} from '../../../src/views/Timeline/canvas/denseMarks.ts';
import { CHUNK, LONG_LINE, lineChunks } from '../../../src/views/Timeline/model/lineChunks.ts';
import { lazyNames, markName } from '../../../src/views/Timeline/model/markText.ts';
import { visibleMarks } from '../../../src/views/Timeline/model/visibleMarks.ts';
import { recorder } from './canvasRecorder.ts';
import { caseBase } from './caseScene.ts';

const c = syntheticCaseOfSize('S');
const rc = resolveCase(c);
// In calendar time on a 1200 px screen chart, as the bench draws it.
const { layout, base } = caseBase(c, rc, { frame: { mode: 'calendar', anchor: null } });
const marks = layout.lanes.flatMap((l) => l.marks);
const at = (x: number, y: number) => `${x.toFixed(3)},${y.toFixed(3)}`;

describe('zoom-frame performance helpers', () => {
  it('isDense uses the lower gesture limit only while a gesture is on', () => {
    expect(GESTURE_LIMIT).toBeLessThan(DENSE_LIMIT);
    expect(isDense(GESTURE_LIMIT + 1)).toBe(false);
    expect(isDense(GESTURE_LIMIT + 1, true)).toBe(true);
    expect(isDense(GESTURE_LIMIT, true)).toBe(false);
    expect(isDense(DENSE_LIMIT + 1, false)).toBe(true);
  });

  it('visibleMarks keeps exactly the placed marks whose extent meets the window, in order', () => {
    const uMax = layout.axis.uMax;
    for (const [a, b] of [
      [0, uMax],
      [uMax * 0.2, uMax * 0.35],
      [uMax * 0.9, uMax * 0.9001],
      [-5, -1],
    ] as Array<[number, number]>) {
      const naive = marks.filter((m) => {
        if (m.place.kind === 'none') return false;
        const [lo, hi] = markExtent(m);
        return hi >= a && lo <= b;
      });
      expect(visibleMarks(marks, [a, b])).toEqual(naive);
    }
  });

  it('denseGeometry takes every slot of the scene; drawDense draws each glyph and bar where the SVG scene places it', () => {
    const g = denseGeometry(base);
    expect(g.n).toBe(base.slots.length);
    expect(g.keys).toEqual(base.slots.map((s) => s.mark.key));
    const uMax = layout.axis.uMax;
    const scene = sceneAt(base, { window: [0, uMax], labels: false });
    expect(scene.marks).toHaveLength(g.n);
    // Each scene glyph by its centre, with the outline the SVG draws for it. The canvas keeps y
    // and r as 32-bit floats (Float32Array), so the scene's are compared at that precision.
    const f32 = Math.fround;
    const svgGlyphs = scene.marks
      .filter((m) => m.showGlyph)
      .map((m) => ({ x: m.x, y: f32(m.y), d: shapePath(m.mark.glyph.shape, f32(m.r)) }));
    const svgBars = new Set(
      scene.marks.flatMap((m) =>
        m.bar ? [`${at(m.bar[0], f32(m.y) - m.barHalf)},${(m.bar[1] - m.bar[0]).toFixed(3)}`] : [],
      ),
    );
    // At 1 and 2 device pixels per CSS pixel: each glyph image is centred on a device pixel, the
    // one nearest a scene glyph of the same outline (within half a device pixel of its centre).
    for (const ratio of [1, 2]) {
      const rec = recorder(ratio);
      drawDense(rec.ctx, g, [0, uMax], base.plotW, () => '#000', rec.stamps);
      expect(rec.glyphs.length).toBeGreaterThan(0);
      const half = 0.5 / ratio + 1e-9;
      for (const d of rec.glyphs) {
        expect(Number.isInteger(Math.round(d.x * ratio * 1e6) / 1e6)).toBe(true);
        const near = svgGlyphs.some(
          (s) => s.d === d.d && Math.abs(s.x - d.x) <= half && Math.abs(s.y - d.y) <= half,
        );
        expect(near, `canvas glyph at ${d.x},${d.y}`).toBe(true);
      }
    }
    const rec = recorder();
    drawDense(rec.ctx, g, [0, uMax], base.plotW, () => '#000', rec.stamps);
    // Bars are never skipped: one per period in view, each exactly the SVG's.
    expect(rec.bars).toHaveLength(svgBars.size);
    for (const b of rec.bars) expect(svgBars).toContain(`${at(b.x, b.y)},${b.w.toFixed(3)}`);
  });

  it('drawDense skips marks outside the window, outside the rows on screen, and repeats on one pixel', () => {
    const g = denseGeometry(base);
    const uMax = layout.axis.uMax;
    const whole = recorder();
    drawDense(whole.ctx, g, [0, uMax], 1000, () => '#000', whole.stamps);
    const left = recorder();
    drawDense(left.ctx, g, [0, uMax / 4], 1000, () => '#000', left.stamps);
    expect(left.glyphs.length).toBeGreaterThan(0);
    expect(left.glyphs.length).toBeLessThan(g.n);
    // Within two glyph sizes of the plot's edges, where a glyph may still show in part.
    const reach = 2 * Math.max(...g.r);
    for (const a of left.glyphs) expect(a.x).toBeGreaterThanOrEqual(-reach);
    for (const a of left.glyphs) expect(a.x).toBeLessThanOrEqual(1000 + reach);
    const band = recorder();
    drawDense(band.ctx, g, [0, uMax], 1000, () => '#000', band.stamps, [0, 150]);
    expect(band.glyphs.length).toBeLessThan(whole.glyphs.length);
    for (const a of band.glyphs) expect(a.y).toBeLessThanOrEqual(150 + reach);
    // Squeezed into 10 pixels, most dots share a pixel with the one before and are skipped.
    const squeezed = recorder();
    drawDense(squeezed.ctx, g, [0, uMax], 10, () => '#000', squeezed.stamps);
    expect(squeezed.glyphs.length).toBeLessThan(whole.glyphs.length / 2);
  });

  it('drawDense colours each group from the colour function (the theme custom properties)', () => {
    const g = denseGeometry(base);
    const rec = recorder();
    drawDense(rec.ctx, g, [0, layout.axis.uMax], 1000, (tone) => `var-${tone}`, rec.stamps);
    const tones = new Set(g.groups.map((gr) => `var-${gr.tone}`));
    expect(rec.glyphs.length).toBeGreaterThan(0);
    for (const a of rec.glyphs) expect(tones).toContain(a.colour);
    for (const b of rec.bars) expect(tones).toContain(b.colour);
  });

  it('lineChunks keeps short lines whole and cuts long ones into contiguous dash-aligned pieces', () => {
    expect(lineChunks(52, 900)).toEqual([[52, 900]]);
    expect(lineChunks(0, LONG_LINE)).toEqual([[0, LONG_LINE]]);
    const pieces = lineChunks(52, 23_464);
    expect(pieces[0]![0]).toBe(52);
    expect(pieces.at(-1)![1]).toBe(23_464);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]![0]).toBe(pieces[i - 1]![1]);
    for (const [a, b] of pieces.slice(0, -1)) expect(b - a).toBe(CHUNK);
    expect(CHUNK % 5).toBe(0);
    expect(CHUNK % 6).toBe(0);
  });

  it('pointsForView keeps the points in view plus two beyond each edge', () => {
    const pts = Array.from({ length: 50 }, (_, i) => ({ x: i * 10 - 100, y: i }));
    const out = pointsForView(pts, 200);
    const xs = out.map((p) => p.x);
    expect(Math.min(...xs)).toBe(-20);
    expect(Math.max(...xs)).toBe(220);
    expect(out.filter((p) => p.x >= 0 && p.x <= 200)).toHaveLength(21);
  });

  it('pointsForView leaves sparse views as they are and decimates to per-pixel extremes', () => {
    const few = [
      { x: 5, y: 1 },
      { x: 50, y: 2 },
      { x: 90, y: 3 },
    ];
    expect(pointsForView(few, 100)).toEqual(few);
    // 10,000 points over 100 pixels: at most four per column survive, including each column's
    // lowest and highest, so the curve's envelope is kept.
    const many = Array.from({ length: 10_000 }, (_, i) => ({ x: i / 100, y: Math.sin(i) * 100 }));
    const out = pointsForView(many, 100);
    expect(out.length).toBeLessThanOrEqual(4 * 101);
    const col3 = many.filter((p) => Math.floor(p.x) === 3).map((p) => p.y);
    const kept3 = out.filter((p) => Math.floor(p.x) === 3).map((p) => p.y);
    expect(kept3).toContain(Math.min(...col3));
    expect(kept3).toContain(Math.max(...col3));
    for (let i = 1; i < out.length; i++) expect(out[i]!.x).toBeGreaterThanOrEqual(out[i - 1]!.x);
  });

  it('lazyNames names each mark as markName does, with the time as the core describes it', () => {
    const names = lazyNames(c, rc, marks);
    for (const m of marks) {
      const name = names.get(m.key)!;
      expect(name).toBe(markName(c, rc, m));
      expect(name).toContain(describeTime(c, rc, m.key).resolved);
    }
    expect(names.get('no such mark')).toBeUndefined();
  });
});
