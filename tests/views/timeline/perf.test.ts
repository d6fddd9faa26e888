import { describe, expect, it } from 'vitest';
import { syntheticCaseOfSize } from '../../../bench/synthetic/generateCase.ts';
import { pointsForView } from '../../../src/core/kinetics/index.ts';
import { layoutTimeline } from '../../../src/core/layout/index.ts';
import { describeTime } from '../../../src/core/time/describe.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import {
  DENSE_LIMIT,
  denseDots,
  denseGeometry,
  drawDense,
  GESTURE_LIMIT,
  isDense,
} from '../../../src/views/Timeline/canvas/denseMarks.ts';
import { CHUNK, LONG_LINE, lineChunks } from '../../../src/views/Timeline/model/lineChunks.ts';
import { laneBoxes } from '../../../src/views/Timeline/model/laneBoxes.ts';
import { lazyNames, markName } from '../../../src/views/Timeline/model/markText.ts';
import { markExtent, visibleMarks } from '../../../src/views/Timeline/model/visibleMarks.ts';

const c = syntheticCaseOfSize('S');
const rc = resolveCase(c);
const layout = layoutTimeline(c, rc, { frame: { mode: 'calendar', anchor: null } });
const boxes = laneBoxes(
  layout,
  layout.lanes.map((l) => l.id),
);
const marks = layout.lanes.flatMap((l) => l.marks);

/** A canvas context that records what is drawn where. */
function recorder() {
  const arcs: Array<{ x: number; y: number; fill: string }> = [];
  const rects: Array<{ x: number; y: number; w: number }> = [];
  const ctx = {
    lineWidth: 0,
    fillStyle: '',
    strokeStyle: '',
    beginPath() {},
    moveTo() {},
    arc(x: number, y: number) {
      arcs.push({ x, y, fill: ctx.fillStyle });
    },
    fillRect(x: number, y: number, w: number) {
      rects.push({ x, y, w });
    },
    fill() {},
    stroke() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, arcs, rects };
}

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

  it('denseGeometry places every drawable mark where denseDots does, once per layout', () => {
    const g = denseGeometry(boxes, new Map());
    const drawable = boxes.flatMap((b) =>
      b.tracks.flatMap((t) =>
        t.kind === 'rows' || t.kind === 'series'
          ? t.marks.filter((m) => m.place.kind !== 'none')
          : [],
      ),
    );
    expect(g.n).toBe(drawable.length);
    const dots = denseDots(boxes, new Set(drawable.map((m) => m.key)), (u) => u, new Map());
    const points = dots.filter((d) => d.x2 === null).map((d) => `${d.x.toFixed(3)},${d.y}`);
    const rec = recorder();
    // Window = the whole axis over uMax pixels: x equals u, so positions compare directly.
    const uMax = layout.axis.uMax;
    drawDense(rec.ctx, g, [0, uMax], uMax, () => '#000');
    const drawnAt = new Set(rec.arcs.map((a) => `${a.x.toFixed(3)},${a.y}`));
    // Dots on one pixel of one colour are drawn once, so every drawn arc is a denseDots point.
    for (const p of drawnAt) expect(points).toContain(p);
    expect(rec.rects.length).toBe(dots.filter((d) => d.x2 !== null).length);
  });

  it('drawDense skips marks outside the window, outside the rows on screen, and repeats on one pixel', () => {
    const g = denseGeometry(boxes, new Map());
    const uMax = layout.axis.uMax;
    const whole = recorder();
    drawDense(whole.ctx, g, [0, uMax], 1000, () => '#000');
    const left = recorder();
    drawDense(left.ctx, g, [0, uMax / 4], 1000, () => '#000');
    expect(left.arcs.length).toBeGreaterThan(0);
    expect(left.arcs.length).toBeLessThan(g.n);
    for (const a of left.arcs) expect(a.x).toBeGreaterThanOrEqual(-10);
    for (const a of left.arcs) expect(a.x).toBeLessThanOrEqual(1010);
    const band = recorder();
    drawDense(band.ctx, g, [0, uMax], 1000, () => '#000', [0, 150]);
    expect(band.arcs.length).toBeLessThan(whole.arcs.length);
    for (const a of band.arcs) expect(a.y).toBeLessThanOrEqual(160);
    // Squeezed into 10 pixels, most dots share a pixel with the one before and are skipped.
    const squeezed = recorder();
    drawDense(squeezed.ctx, g, [0, uMax], 10, () => '#000');
    expect(squeezed.arcs.length).toBeLessThan(whole.arcs.length / 2);
  });

  it('drawDense colours each group from the colour function (the theme custom properties)', () => {
    const g = denseGeometry(boxes, new Map());
    const rec = recorder();
    drawDense(rec.ctx, g, [0, layout.axis.uMax], 1000, (tone) => `var-${tone}`);
    const tones = new Set(g.groups.map((gr) => `var-${gr.tone}`));
    for (const a of rec.arcs) expect(tones).toContain(a.fill);
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
