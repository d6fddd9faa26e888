import { beforeAll, describe, expect, it } from 'vitest';
import type { Event, TimeSpec } from '../../../src/core/format/index.ts';
import { dayOfIso } from '../../../src/core/time/days.ts';
import { TemporalNetwork, type DifferenceConstraint } from '../../../src/core/time/network.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import type { ResolvedCase } from '../../../src/core/time/types.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';
import { caseWith } from './caseBuilder.ts';
import { loopWeight } from './stnOracle.ts';

/** A bound of the network as a number, with −0 read as 0. */
const pair = ([lo, hi]: [number, number]) => [lo + 0, hi + 0];

describe('TemporalNetwork: examples', () => {
  it('leaves a side open where no constraint closes it', () => {
    const net = new TemporalNetwork(4, [
      { from: 0, to: 1, lo: 2, hi: Infinity },
      { from: 1, to: 2, lo: 0, hi: 5 },
    ]);
    expect(net.contradictions).toEqual([]);
    expect(pair(net.between(0, 2))).toEqual([2, Infinity]);
    expect(pair(net.between(2, 0))).toEqual([-Infinity, -2]);
    expect(pair(net.between(1, 2))).toEqual([0, 5]);
    // Node 3 is tied to nothing.
    expect(pair(net.between(0, 3))).toEqual([-Infinity, Infinity]);
    expect(pair(net.between(3, 3))).toEqual([0, 0]);
  });

  it('intersects parallel constraints and tightens through a loop', () => {
    const net = new TemporalNetwork(3, [
      { from: 0, to: 1, lo: 0, hi: 10 },
      { from: 0, to: 1, lo: 3, hi: 5 },
      { from: 1, to: 0, lo: -4, hi: 100 },
      { from: 1, to: 2, lo: 1, hi: 1 },
    ]);
    expect(pair(net.between(0, 1))).toEqual([3, 4]);
    expect(pair(net.between(0, 2))).toEqual([4, 5]);
    expect(pair(net.between(2, 0))).toEqual([-5, -4]);
    expect(Array.from(net.upperFrom(0), (x) => x + 0)).toEqual([0, 4, 5]);
    expect(Array.from(net.upperTo(0), (x) => x + 0)).toEqual([0, -3, -4]);
  });

  it('reports one constraint with lo > hi as a loop of its own and sets it aside', () => {
    const cs: DifferenceConstraint[] = [
      { from: 0, to: 1, lo: 1, hi: 3 },
      { from: 1, to: 2, lo: 5, hi: 2 },
    ];
    const net = new TemporalNetwork(3, cs);
    expect(net.contradictions).toEqual([{ constraints: [1] }]);
    expect(loopWeight(cs, [1])).toBe(-3);
    expect(pair(net.between(0, 1))).toEqual([1, 3]);
    expect(pair(net.between(1, 2))).toEqual([-Infinity, Infinity]);
  });

  it('reports a node constrained to differ from itself', () => {
    const net = new TemporalNetwork(2, [
      { from: 0, to: 1, lo: 0, hi: 9 },
      { from: 1, to: 1, lo: 1, hi: 2 },
    ]);
    expect(net.contradictions).toEqual([{ constraints: [1] }]);
    expect(pair(net.between(0, 1))).toEqual([0, 9]);
  });

  it('lists a loop in order, each constraint starting where the last one ended', () => {
    // 0 → 1 → 2 → 3 at least 2 days apart each, but 3 at most 5 days after 0.
    const cs: DifferenceConstraint[] = [
      { from: 2, to: 3, lo: 2, hi: Infinity },
      { from: 0, to: 3, lo: -Infinity, hi: 5 },
      { from: 0, to: 1, lo: 2, hi: Infinity },
      { from: 1, to: 2, lo: 2, hi: Infinity },
    ];
    const net = new TemporalNetwork(4, cs);
    expect(net.contradictions).toHaveLength(1);
    expect([...net.contradictions[0]!.constraints].sort()).toEqual([0, 1, 2, 3]);
    expect(loopWeight(cs, net.contradictions[0]!.constraints)).toBe(-1);
  });
});

describe('resolveCase: a contradiction in the curator’s words', () => {
  const infusion = {
    id: 'inf',
    kind: 'car-t-infusion',
    label: 'CAR-T infusion',
    product: 'p',
    time: { kind: 'date', date: '2012-04-17' },
    provenance: stated,
  } as Event;

  it('an event after an infusion but not after a day before it: one problem, named by label and id', () => {
    const crs = {
      id: 'crs',
      kind: 'toxicity',
      label: 'Cytokine release syndrome',
      toxicity: 'CRS',
      occurred: true,
      time: { kind: 'order', after: ['inf'], notAfter: '2012-04-01' },
      provenance: stated,
    } as Event;
    const rc = resolveCase(makeCase([infusion, crs]));
    const problems = rc.problems.filter((p) => p.code === 'time-contradiction');
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p!.message).toContain('"Cytokine release syndrome" (crs)');
    expect(p!.message).toContain('"CAR-T infusion" (inf)');
    expect(p!.message).toContain('not after 1 Apr 2012');
    expect(p!.message).not.toContain('#');
    expect(p!.constraints!.map((k) => k.kind).sort()).toEqual(['after', 'calendar', 'not-after']);
    // The order-only "after" is the weakest: set aside, the stated days still hold.
    expect(rc.bounds.calendar('inf')).toEqual([dayOfIso('2012-04-17'), dayOfIso('2012-04-17')]);
    expect(rc.bounds.calendar('crs')).toEqual([null, dayOfIso('2012-04-01')]);
  });

  it('an end stated before its start is named as the end of the event, never by its key', () => {
    const crs = {
      id: 'crs',
      kind: 'toxicity',
      label: 'Cytokine release syndrome',
      toxicity: 'CRS',
      occurred: true,
      time: { kind: 'offset', from: 'inf', amount: 3, unit: 'day' },
      end: { kind: 'order', notAfter: '2012-04-10' },
      provenance: stated,
    } as Event;
    const rc = resolveCase(makeCase([infusion, crs]));
    const problems = rc.problems.filter((p) => p.code === 'time-contradiction');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('the end of "Cytokine release syndrome" (crs)');
    expect(problems[0]!.message).toContain('not after 10 Apr 2012');
    expect(problems[0]!.message).not.toContain('#');
    expect(problems[0]!.constraints!.some((k) => k.node === 'crs#end')).toBe(true);
  });
});

describe('resolveCase: a long chain of offsets and order-only events', () => {
  // 8,001 events, as many as the benchmark's L case: a dated start, then each event a few days
  // after the one before it, every 50th known only to come after it, the last one capped by a
  // not-after day. Bounds must pass along the whole chain both ways.
  const N = 8000;
  const start = '2010-01-04';
  const D0 = dayOfIso(start);
  const step = (i: number) => i % 7; // days from event i − 1 to event i, on offset links
  const isOrder = (i: number) => i % 50 === 0;
  // P[i]: days from the start to event i when every order-only gap is 0.
  const P = [0];
  for (let i = 1; i <= N; i++) P.push(P[i - 1]! + (isOrder(i) ? 0 : step(i)));
  const cap = D0 + P[N]! + 100;
  const notAfter = new Date(cap * 86_400_000).toISOString().slice(0, 10);
  const events: Array<{ id: string; time: TimeSpec }> = [
    { id: 'e0', time: { kind: 'date', date: start } },
  ];
  for (let i = 1; i <= N; i++) {
    const from = `e${i - 1}`;
    const time: TimeSpec = isOrder(i) // N is a multiple of 50: the last event is order-only
      ? { kind: 'order', after: [from], ...(i === N ? { notAfter } : {}) }
      : { kind: 'offset', from, amount: step(i), unit: 'day' };
    events.push({ id: `e${i}`, time });
  }

  let rc: ResolvedCase;
  beforeAll(() => {
    rc = resolveCase(caseWith(events));
  }, 120_000);

  it('resolves without contradictions', () => {
    expect(rc.problems.filter((p) => p.code === 'time-contradiction')).toEqual([]);
    expect(rc.order).toHaveLength(N + 1);
  });

  it('has the right calendar bounds at checkpoints', () => {
    // Before the first order-only event the chain is fixed by the start's date; after it, each
    // event may slide up to the cap less the days still to come.
    const expected = (i: number) => [D0 + P[i]!, i < 50 ? D0 + P[i]! : cap - (P[N]! - P[i]!)];
    for (const i of [0, 1, 13, 49, 50, 51, 99, 100, 4001, 7950, 7999, N])
      expect([i, ...rc.bounds.calendar(`e${i}`)]).toEqual([i, ...expected(i)]);
    expect(rc.times.get('e4001')!.calendar.lo).toBe(D0 + P[4001]!);
  });

  it('has the right bounds between checkpoints', () => {
    // Within a run of offsets the difference is exact; across an order-only event it is at
    // least the offsets' days and at most what the start and the cap leave.
    const between = (a: number, b: number) => rc.bounds.between(`e${a}`, `e${b}`);
    expect(between(51, 99)).toEqual([P[99]! - P[51]!, P[99]! - P[51]!]);
    expect(between(99, 51)).toEqual([P[51]! - P[99]!, P[51]! - P[99]!]);
    expect(between(10, 20)).toEqual([P[20]! - P[10]!, P[20]! - P[10]!]);
    for (const [a, b] of [
      [0, N],
      [49, 50],
      [1, 7999],
      [4001, 4100],
    ] as const) {
      const lo = P[b]! - P[a]!;
      const hi = cap - (P[N]! - P[b]!) - (D0 + P[a]!);
      expect([a, b, ...between(a, b)!]).toEqual([a, b, lo, hi]);
      expect([b, a, ...between(b, a)!]).toEqual([b, a, -hi, -lo + 0]);
    }
  });
});
