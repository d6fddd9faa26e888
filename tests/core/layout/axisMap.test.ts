import { describe, expect, it } from 'vitest';
import { dayToU, describeU, uToDay, type Frame } from '../../../src/core/layout/index.ts';
import { dayOfIso } from '../../../src/core/time/days.ts';
import { caseWith } from '../time/caseBuilder.ts';
import { axisOf, kinds } from './helpers.ts';

const date = (d: string) => ({ kind: 'date' as const, date: d });

// Two clusters six years apart; x is known only to precede b, so it is a slot in a band after the
// first cluster's time piece: time, band, break, time.
const c = caseWith([
  { id: 'a', time: date('2015-01-01') },
  { id: 'x', time: { kind: 'order', before: ['b'] } },
  { id: 'b', time: date('2015-03-01') },
  { id: 'z', time: date('2021-06-01') },
]);

describe('dayToU / uToDay', () => {
  const { axis } = axisOf(c);

  it('the test axis has a band between two timed stretches', () => {
    expect(kinds(axis.segments)).toEqual(['time', 'order', 'break', 'time']);
  });

  it('round-trip every day inside time segments, across bands and breaks', () => {
    for (const s of axis.segments) {
      if (s.kind !== 'time') continue;
      for (let d = s.d0; d <= s.d1; d += 3) expect(uToDay(axis, dayToU(axis, d))).toBeCloseTo(d, 9);
    }
  });

  it('is increasing in day: a later day never maps left of an earlier one', () => {
    let prev = -Infinity;
    for (let d = dayOfIso('2014-11-01'); d <= dayOfIso('2021-08-01'); d += 7) {
      const u = dayToU(axis, d);
      expect(u).toBeGreaterThanOrEqual(prev);
      prev = u;
    }
  });

  it('uToDay is null inside an order band', () => {
    const band = axis.segments.find((s) => s.kind === 'order')!;
    expect(uToDay(axis, (band.u0 + band.u1) / 2)).toBeNull();
  });

  it('a break interior maps linearly between its edge days', () => {
    const brk = axis.segments.find((s) => s.kind === 'break')!;
    if (brk.kind !== 'break') throw new Error('expected a break');
    expect(uToDay(axis, (brk.u0 + brk.u1) / 2)).toBeCloseTo((brk.d0 + brk.d1) / 2, 9);
  });

  it('days outside the axis clamp to its ends', () => {
    expect(dayToU(axis, dayOfIso('2000-01-01'))).toBe(0);
    expect(dayToU(axis, dayOfIso('2030-01-01'))).toBe(axis.uMax);
  });
});

describe('describeU', () => {
  const { axis } = axisOf(c);

  it('names the calendar day under the pointer', () => {
    expect(describeU(axis, dayToU(axis, dayOfIso('2015-03-01')))).toBe('1 Mar 2015');
  });

  it('says when the pointer is in an order band or a break', () => {
    const band = axis.segments.find((s) => s.kind === 'order')!;
    const brk = axis.segments.find((s) => s.kind === 'break')!;
    expect(describeU(axis, (band.u0 + band.u1) / 2)).toBe('order only (no dates)');
    expect(describeU(axis, (brk.u0 + brk.u1) / 2)).toBe('break: ≈ 6 years not drawn to scale');
  });

  it('counts days from the anchor in a relative frame, with a true minus sign', () => {
    const rel: Frame = { mode: 'relative', anchor: 'b' };
    const { axis: r } = axisOf(c, rel);
    expect(describeU(r, dayToU(r, 0))).toBe('day 0');
    expect(describeU(r, dayToU(r, -30))).toBe('day −30');
  });
});
