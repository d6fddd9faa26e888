import { describe, expect, it } from 'vitest';
import { layoutTimeline, placeNode } from '../../../src/core/layout/index.ts';
import {
  clampU,
  panU,
  uToWindow,
  windowToU,
  zoomU,
  MIN_SPAN_U,
} from '../../../src/views/Timeline/model/windowMath.ts';
import { convertWindow } from '../../../src/views/Timeline/model/convertWindow.ts';
import { CASE_IDS, fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';

describe('window math in axis u', () => {
  it('clampU keeps a window inside [0, uMax] by shifting it, and at least MIN_SPAN_U wide', () => {
    expect(clampU([-5, 5], 100)).toEqual([0, 10]);
    expect(clampU([95, 105], 100)).toEqual([90, 100]);
    expect(clampU([-50, 500], 100)).toEqual([0, 100]);
    const [a, b] = clampU([40, 40.1], 100);
    expect(b - a).toBeCloseTo(MIN_SPAN_U);
  });

  it('zoomU zooms about the middle (or a point) and never leaves the axis', () => {
    expect(zoomU([0, 100], 0.5, 100)).toEqual([25, 75]);
    expect(zoomU([0, 100], 0.5, 100, 0)).toEqual([0, 50]);
    expect(zoomU([25, 75], 4, 100)).toEqual([0, 100]);
  });

  it('panU moves by a fraction of the span and stops at the ends', () => {
    expect(panU([20, 40], 0.5, 100)).toEqual([30, 50]);
    expect(panU([0, 40], -0.5, 100)).toEqual([0, 40]);
  });
});

describe('stored windows', () => {
  it('survive a trip through days on a dated axis (Grandma Sun, calendar)', async () => {
    const { case: c, resolved: rc } = await fixtureOkCase(CASE_IDS.sun);
    const { axis } = layoutTimeline(c, rc, { frame: { mode: 'calendar', anchor: null } });
    // Ends inside the first and the last timed stretch: a window across the breaks between them.
    const timed = axis.segments.filter((s) => s.kind === 'time');
    const first = timed[0]!;
    const last = timed[timed.length - 1]!;
    const u: [number, number] = [(first.u0 + first.u1) / 2, (last.u0 + last.u1) / 2];
    const w = uToWindow(axis, u);
    expect(w?.unit).toBe('day');
    const back = windowToU(axis, w);
    expect(back[0]).toBeCloseTo(u[0], 6);
    expect(back[1]).toBeCloseTo(u[1], 6);
    expect(uToWindow(axis, [0, axis.uMax])).toBeNull();
  });

  it('stay in u when an end lies in an order-only band (Pan), and fall back to all when unusable', async () => {
    const { case: c, resolved: rc } = await fixtureOkCase(CASE_IDS.pan1);
    const { axis } = layoutTimeline(c, rc, { frame: { mode: 'relative', anchor: 'cart' } });
    const band = axis.segments.find((s) => s.kind === 'order')!;
    const w = uToWindow(axis, [band.u0 + 0.1 * (band.u1 - band.u0), axis.uMax]);
    expect(w?.unit).toBe('u');
    expect(windowToU(axis, { unit: 'day', from: 9, to: 3 })).toEqual([0, axis.uMax]);
  });

  it('convertWindow shifts days between frames by the anchor’s day (Marina: HSCT → calendar)', async () => {
    const { resolved: rc } = await fixtureOkCase(CASE_IDS.marina);
    const rel = { mode: 'relative', anchor: 'hsct' } as const;
    const cal = { mode: 'calendar', anchor: null } as const;
    const hsct = placeNode(rc, 'hsct', cal);
    expect(hsct.kind).toBe('point');
    const day = hsct.kind === 'point' ? hsct.day : NaN;
    expect(convertWindow(rc, rel, cal, { unit: 'day', from: 0, to: 30 })).toEqual({
      unit: 'day',
      from: day,
      to: day + 30,
    });
    expect(convertWindow(rc, cal, rel, { unit: 'day', from: day, to: day + 30 })).toEqual({
      unit: 'day',
      from: 0,
      to: 30,
    });
  });

  it('convertWindow resets (null) when the anchor has no single day in the other frame', async () => {
    const { resolved: rc } = await fixtureOkCase(CASE_IDS.zhou);
    const rel = { mode: 'relative', anchor: 'cart' } as const;
    expect(
      convertWindow(rc, rel, { mode: 'calendar', anchor: null }, { unit: 'day', from: 0, to: 30 }),
    ).toBeNull();
    expect(convertWindow(rc, rel, rel, { unit: 'u', from: 0, to: 3 })).toBeNull();
  });
});
