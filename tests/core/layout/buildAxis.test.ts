import { describe, expect, it } from 'vitest';
import { dayToU, durationWords, slotToU, type Segment } from '../../../src/core/layout/index.ts';
import { dayOfIso } from '../../../src/core/time/days.ts';
import { caseWith } from '../time/caseBuilder.ts';
import { axisOf, kinds } from './helpers.ts';

const date = (d: string) => ({ kind: 'date' as const, date: d });

describe('buildAxis: breaks', () => {
  it('an empty stretch over the threshold becomes one break labelled with its length', () => {
    const { axis } = axisOf(
      caseWith([
        { id: 'a', time: date('2015-01-01') },
        { id: 'b', time: date('2021-06-01') },
      ]),
    );
    expect(kinds(axis.segments)).toEqual(['time', 'break', 'time']);
    const brk = axis.segments[1]!;
    if (brk.kind !== 'break') throw new Error('expected a break');
    // Single days pad by 30 days; the break keeps that margin on both sides of the gap.
    expect([brk.d0, brk.d1]).toEqual([dayOfIso('2015-01-31'), dayOfIso('2021-05-02')]);
    expect(brk.label).toBe('≈ 6 years');
  });

  it('a gap of about a year and a half is told in months', () => {
    const { axis } = axisOf(
      caseWith([
        { id: 'a', time: date('2020-01-01') },
        { id: 'b', time: date('2021-08-20') },
      ]),
    );
    const brk = axis.segments.find((s) => s.kind === 'break');
    expect(brk && 'label' in brk && brk.label).toBe('≈ 18 months');
  });

  it('a gap under the threshold stays drawn to scale', () => {
    const c = caseWith([
      { id: 'a', time: date('2020-01-01') },
      { id: 'b', time: date('2020-10-01') },
    ]);
    expect(kinds(axisOf(c).axis.segments)).toEqual(['time']);
    expect(kinds(axisOf(c, undefined, 100).axis.segments)).toEqual(['time', 'break', 'time']);
  });

  it('breaks are a fixed width in u, time is 1 u per day', () => {
    const { axis } = axisOf(
      caseWith([
        { id: 'a', time: date('2015-01-01') },
        { id: 'b', time: date('2021-06-01') },
      ]),
    );
    const [t0, brk, t1] = axis.segments as [Segment, Segment, Segment];
    if (t0.kind !== 'time') throw new Error('expected time first');
    expect(t0.u1 - t0.u0).toBe(t0.d1 - t0.d0);
    expect(brk.u1 - brk.u0).toBe(10); // 4 % of 120 days of drawn time is under the 10 u floor
    expect(axis.uMax).toBe(t1.u1);
  });

  it('a window spanning the gap keeps it in one piece', () => {
    const dated = [
      { id: 'a', time: date('2015-01-01') },
      { id: 'b', time: date('2016-06-01') },
    ];
    expect(kinds(axisOf(caseWith(dated)).axis.segments)).toContain('break');
    const spanned = caseWith([
      ...dated,
      { id: 'w', time: { kind: 'order', after: ['a'], before: ['b'] } },
    ]);
    expect(kinds(axisOf(spanned).axis.segments)).toEqual(['time']);
  });

  it('a period whose start and end are placed is never cut by a break', () => {
    const c = caseWith([{ id: 'p', time: date('2015-01-01'), end: date('2017-01-01') }]);
    expect(kinds(axisOf(c).axis.segments)).toEqual(['time']);
  });
});

describe('buildAxis: order-only bands', () => {
  it('a run of slot nodes goes right after its placed predecessor, before its successor', () => {
    const c = caseWith([
      { id: 'a', time: date('2020-01-01') },
      { id: 'x1', time: { kind: 'order', after: ['a'] } },
      { id: 'x2', time: { kind: 'order', after: ['x1'] } },
      { id: 'b', time: date('2020-03-01') },
    ]);
    const { axis, places } = axisOf(c);
    expect(kinds(axis.segments)).toEqual(['time', 'order', 'time']);
    const band = axis.segments[1]!;
    expect(band).toMatchObject({
      kind: 'order',
      slots: 2,
      label: 'order only — spacing is not time',
    });
    expect(dayToU(axis, dayOfIso('2020-01-01'))).toBeLessThanOrEqual(band.u0);
    expect(dayToU(axis, dayOfIso('2020-03-01'))).toBeGreaterThan(band.u1);
    const x1 = places.get('x1')!;
    if (x1.kind !== 'slot') throw new Error('x1 should be a slot');
    expect(slotToU(axis, x1.slot)).toBeGreaterThan(band.u0);
    expect(slotToU(axis, x1.slot)).toBeLessThan(band.u1);
  });

  it('a run before any placed node opens the axis', () => {
    const c = caseWith([
      { id: 'dx', time: { kind: 'order', before: ['a'] } },
      { id: 'a', time: date('2020-01-01') },
    ]);
    expect(kinds(axisOf(c).axis.segments)).toEqual(['order', 'time']);
  });

  it('a band moves past the end of a window it would cut when no later event lies there', () => {
    const c = caseWith([
      { id: 'd0', time: date('2019-12-01') },
      { id: 'w', time: { kind: 'order', after: ['d0'], notAfter: '2020-02-01' } },
      { id: 'a', time: date('2020-01-01') },
      { id: 'x', time: { kind: 'order', after: ['a'] } },
    ]);
    const { axis, rc } = axisOf(c);
    expect(rc.order).toEqual(['d0', 'w', 'a', 'x']);
    const i = axis.segments.findIndex((s) => s.kind === 'order');
    expect(axis.segments[i - 1]).toMatchObject({ kind: 'time', d1: dayOfIso('2020-02-01') });
  });

  it('a band stays right after its predecessor when moving it would pass a later event', () => {
    const c = caseWith([
      { id: 'a', time: date('2020-01-01') },
      { id: 'x', time: { kind: 'order', after: ['a'] } },
      { id: 'w', time: { kind: 'order', after: ['a'], notAfter: '2020-02-01' } },
      { id: 'b', time: date('2020-01-10') },
    ]);
    const { axis, rc } = axisOf(c);
    expect(rc.order.indexOf('x')).toBeLessThan(rc.order.indexOf('b'));
    const i = axis.segments.findIndex((s) => s.kind === 'order');
    expect(axis.segments[i - 1]).toMatchObject({ kind: 'time', d1: dayOfIso('2020-01-01') });
  });

  it('an all-order case (like Pan) is one band with one slot per node, 1 u each', () => {
    const c = caseWith([
      { id: 'dx', time: { kind: 'order', before: ['inf'] } },
      { id: 'inf', time: { kind: 'order', after: ['dx'] } },
      { id: 'crs', time: { kind: 'order', after: ['inf'] } },
      { id: 'hsct', time: { kind: 'order', after: ['inf'] } },
    ]);
    const { axis } = axisOf(c);
    expect(axis.segments).toEqual([
      {
        kind: 'order',
        firstSlot: 0,
        slots: 4,
        u0: 0,
        u1: 4,
        label: 'order only — spacing is not time',
      },
    ]);
    expect([0, 1, 2, 3].map((s) => slotToU(axis, s))).toEqual([0.5, 1.5, 2.5, 3.5]);
  });

  it('a case on a single day gets 30 days either side', () => {
    const { axis } = axisOf(caseWith([{ id: 'a', time: date('2020-01-01') }]));
    expect(axis.segments).toEqual([
      { kind: 'time', d0: dayOfIso('2019-12-02'), d1: dayOfIso('2020-01-31'), u0: 0, u1: 60 },
    ]);
  });
});

describe('durationWords', () => {
  it.each([
    [5, '5 days'],
    [20, '≈ 3 weeks'],
    [100, '≈ 3 months'],
    [548, '≈ 18 months'],
    [2192, '≈ 6 years'],
  ])('%d days → %s', (days, words) => expect(durationWords(days)).toBe(words));
});
