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

  it('a gap is worded as the days between the facts that bound it, not the drawn break', () => {
    const { axis } = axisOf(
      caseWith([
        { id: 'a', time: date('2020-01-01') },
        { id: 'b', time: date('2021-08-20') },
      ]),
    );
    const brk = axis.segments.find((s) => s.kind === 'break');
    if (brk?.kind !== 'break') throw new Error('expected a break');
    // 597 days lie between the two dates; the break itself is 537 days (30-day margins drawn).
    expect(brk.d1 - brk.d0).toBe(537);
    expect(durationWords(brk.d1 - brk.d0)).toBe('≈ 18 months');
    expect(brk.label).toBe('≈ 20 months');
  });

  it('a gap between imprecise facts is the range the constraints allow', () => {
    const { axis } = axisOf(
      caseWith([
        { id: 'a', time: { kind: 'year', year: 2015 } },
        { id: 'b', time: { kind: 'year', year: 2021 } },
      ]),
    );
    // From the end of 2015 to the start of 2021 (5 years and a day) up to 1 Jan 2015 → 31 Dec 2021.
    expect(axis.segments.filter((s) => s.kind === 'break').map((s) => s.label)).toEqual([
      '≈ 5–7 years',
    ]);
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
  /** Inside every timed stretch equal days take equal u: no band ever splits one. */
  const expectUnbent = (segments: Segment[]) => {
    for (const s of segments) if (s.kind === 'time') expect(s.u1 - s.u0).toBe(s.d1 - s.d0);
    // Dated segments alternate time, break, time…: two time segments in a row would be one
    // stretch cut by a band.
    const dated = segments.filter((s) => s.kind !== 'order');
    dated.forEach((s, i) => {
      if (i > 0) expect([dated[i - 1]!.kind, s.kind]).not.toEqual(['time', 'time']);
    });
  };

  it('a run of slot nodes goes after the time piece holding its predecessor, never inside it', () => {
    // x1 and x2 are known only to precede b: (−∞, b] is no window, so they are slots. Their
    // placed predecessor is a, and a and b share one time piece: the band follows that piece.
    const c = caseWith([
      { id: 'a', time: date('2020-01-01') },
      { id: 'x1', time: { kind: 'order', before: ['b'] } },
      { id: 'x2', time: { kind: 'order', after: ['x1'], before: ['b'] } },
      { id: 'b', time: date('2020-03-01') },
    ]);
    const { axis, places, rc } = axisOf(c);
    expect(rc.order).toEqual(['a', 'x1', 'x2', 'b']);
    expect(kinds(axis.segments)).toEqual(['time', 'order']);
    expectUnbent(axis.segments);
    const [time, band] = axis.segments as [Segment, Segment];
    expect(band).toMatchObject({
      kind: 'order',
      slots: 2,
      u0: time.u1,
      label: 'order only — spacing is not time',
    });
    expect(dayToU(axis, dayOfIso('2020-01-01'))).toBeLessThan(band.u0);
    expect(dayToU(axis, dayOfIso('2020-03-01'))).toBeLessThan(band.u0);
    // b lies 60 days after a, drawn 60 u apart: nothing is inserted between them.
    expect(dayToU(axis, dayOfIso('2020-03-01')) - dayToU(axis, dayOfIso('2020-01-01'))).toBe(60);
    for (const k of ['x1', 'x2']) {
      const p = places.get(k)!;
      if (p.kind !== 'slot') throw new Error(`${k} should be a slot`);
      expect(slotToU(axis, p.slot)).toBeGreaterThan(band.u0);
      expect(slotToU(axis, p.slot)).toBeLessThan(band.u1);
    }
  });

  it('a band sits between the time piece of its predecessor and the break that follows it', () => {
    const c = caseWith([
      { id: 'a', time: date('2015-01-01') },
      { id: 'x', time: { kind: 'order', before: ['z'] } },
      { id: 'b', time: date('2015-03-01') },
      { id: 'z', time: date('2021-06-01') },
    ]);
    const { axis, rc } = axisOf(c);
    expect(rc.order).toEqual(['a', 'b', 'x', 'z']);
    expect(kinds(axis.segments)).toEqual(['time', 'order', 'break', 'time']);
    expectUnbent(axis.segments);
    expect(axis.segments[0]).toMatchObject({ kind: 'time', d1: dayOfIso('2015-03-01') + 7 });
  });

  it('a window wider than two years is a slot, banded after the piece of what precedes it', () => {
    const c = caseWith([
      { id: 'a', time: date('2020-01-01') },
      { id: 'w', time: { kind: 'order', after: ['a'], notAfter: '2024-01-01' } },
      { id: 'b', time: date('2020-01-10') },
    ]);
    const { axis, places } = axisOf(c);
    expect(places.get('w')).toEqual({ kind: 'slot', slot: 0 });
    expect(kinds(axis.segments)).toEqual(['time', 'order']);
    expectUnbent(axis.segments);
    expect(dayToU(axis, dayOfIso('2020-01-10'))).toBeLessThan(axis.segments[1]!.u0);
  });

  it('a run before any placed node opens the axis', () => {
    const c = caseWith([
      { id: 'dx', time: { kind: 'order', before: ['a'] } },
      { id: 'a', time: date('2020-01-01') },
    ]);
    expect(kinds(axisOf(c).axis.segments)).toEqual(['order', 'time']);
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
