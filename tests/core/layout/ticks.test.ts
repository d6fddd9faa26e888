import { describe, expect, it } from 'vitest';
import { axisTicks, dayToU, type Frame } from '../../../src/core/layout/index.ts';
import { dateOfDay, dayOfIso } from '../../../src/core/time/days.ts';
import { caseWith } from '../time/caseBuilder.ts';
import { axisOf } from './helpers.ts';

const date = (d: string) => ({ kind: 'date' as const, date: d });
const dayAt = (u: number, seg: { u0: number; d0: number }) => seg.d0 + (u - seg.u0);

describe('axisTicks: calendar', () => {
  const { axis } = axisOf(
    caseWith([
      { id: 'a', time: date('2024-01-10') },
      { id: 'b', time: date('2024-11-20') },
    ]),
  );

  it('months on UTC month starts, labelled "Jul 2024", one every 80–100 px or more', () => {
    const ticks = axisTicks(axis, 0, axis.uMax, 1000);
    expect(axis.segments).toHaveLength(1);
    const seg = axis.segments[0]!;
    if (seg.kind !== 'time') throw new Error('expected time');
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) {
      const d = dateOfDay(dayAt(t.u, seg));
      expect(d.getUTCDate()).toBe(1);
      expect(t.label).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
    }
    const px = (ticks[1]!.u - ticks[0]!.u) * (1000 / axis.uMax);
    expect(px).toBeGreaterThanOrEqual(80);
    expect(ticks.find((t) => t.label === 'Jan 2024')).toMatchObject({ major: true });
    expect(ticks.find((t) => t.label === 'Jul 2024')).toMatchObject({ major: false });
  });

  it('years on 1 January, labelled "2024", when zoomed out', () => {
    const ticks = axisTicks(axis, 0, axis.uMax, 60);
    expect(ticks.map((t) => [t.label, t.u, t.major])).toEqual([
      ['2024', dayToU(axis, dayOfIso('2024-01-01')), true],
    ]);
  });

  it('days labelled "14 Jul" when zoomed in', () => {
    const u0 = dayToU(axis, dayOfIso('2024-07-10'));
    const ticks = axisTicks(axis, u0, u0 + 10, 1000);
    expect(ticks.map((t) => t.label)).toContain('14 Jul');
  });

  it('a break contributes exactly its two edge ticks', () => {
    const { axis: broken } = axisOf(
      caseWith([
        { id: 'a', time: date('2015-01-01') },
        { id: 'b', time: date('2021-06-01') },
      ]),
    );
    const brk = broken.segments[1]!;
    const ticks = axisTicks(broken, 0, broken.uMax, 600);
    const inside = ticks.filter((t) => t.u >= brk.u0 && t.u <= brk.u1);
    expect(inside.map((t) => t.u)).toEqual([brk.u0, brk.u1]);
    expect(inside.map((t) => t.label)).toEqual(['Jan 2015', 'May 2021']);
  });

  it('no tick falls inside an order band', () => {
    const { axis: banded } = axisOf(
      caseWith([
        { id: 'a', time: date('2020-01-01') },
        { id: 'x', time: { kind: 'order', before: ['b'] } },
        { id: 'b', time: date('2020-06-01') },
        { id: 'z', time: date('2021-09-01') },
      ]),
    );
    // x precedes b with no earliest day: a slot, in a band after the first timed stretch.
    expect(banded.segments.map((s) => s.kind)).toEqual(['time', 'order', 'break', 'time']);
    const band = banded.segments[1]!;
    const ticks = axisTicks(banded, 0, banded.uMax, 2000);
    expect(ticks.length).toBeGreaterThan(5);
    expect(ticks.filter((t) => t.u > band.u0 && t.u < band.u1)).toEqual([]);
  });
});

describe('axisTicks: relative', () => {
  const rel: Frame = { mode: 'relative', anchor: 'inf' };
  const { axis } = axisOf(
    caseWith([
      { id: 'inf', time: { kind: 'order' } },
      { id: 'pre', time: { kind: 'offset', from: 'inf', amount: -30, unit: 'day' } },
      { id: 'post', time: { kind: 'offset', from: 'inf', amount: 90, unit: 'day' } },
    ]),
    rel,
  );

  it('include day 0 as the major tick and step by nice day counts', () => {
    const ticks = axisTicks(axis, 0, axis.uMax, 400);
    expect(ticks.find((t) => t.label === 'day 0')).toMatchObject({
      major: true,
      u: dayToU(axis, 0),
    });
    expect(ticks.filter((t) => t.major)).toHaveLength(1);
    expect(ticks.map((t) => t.label)).toEqual(['day −30', 'day 0', 'day 30', 'day 60', 'day 90']);
  });

  it('only cover the visible window', () => {
    const ticks = axisTicks(axis, dayToU(axis, 10), dayToU(axis, 40), 300);
    for (const t of ticks) expect(t.u).toBeGreaterThanOrEqual(dayToU(axis, 10));
    expect(ticks.map((t) => t.label)).toContain('day 14');
  });
});
