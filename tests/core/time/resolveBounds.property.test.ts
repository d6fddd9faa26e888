import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Case, OffsetTime, TimeSpec } from '../../../src/core/format/index.ts';
import { calendarRange } from '../../../src/core/time/calendarSpec.ts';
import { addMonths, dayOfIso, MEAN_MONTH_DAYS } from '../../../src/core/time/days.ts';
import type { DifferenceConstraint } from '../../../src/core/time/network.ts';
import { toleranceOf } from '../../../src/core/time/offset.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { caseWith } from './caseBuilder.ts';
import { bruteBounds } from './stnOracle.ts';

// Random small cases around February 2024, checked against a brute force over every day
// assignment. The model below reads each time spec as its documentation says, independently of
// src/core/time/constraints.ts: a date is that day, a month any of its days, an offset
// [amount, amountMax ?? amount] units from its anchor widened by the tolerance and rounded out
// to whole days, order-only times after / before / not before / not after what they name, an
// end not before its start, and nothing a dated source reports after its date.

const FEB1 = dayOfIso('2024-02-01');
/** "YYYY-MM-DD" of a day counted from 1 Feb 2024. */
const iso = (rel: number) => new Date(Date.UTC(2024, 1, 1 + rel)).toISOString().slice(0, 10);
/** Days the brute force tries, from 1 Feb 2024: wide enough for every bounded time here. */
const DOMAIN: [number, number] = [-45, 80];
// Cases whose enumeration would visit more assignments than this are skipped (a few per run).
const BUDGET = 300_000;
const TIMEOUT = 120_000;

interface Draft {
  events: Array<{ id: string; time: TimeSpec; end?: TimeSpec }>;
  points: TimeSpec[];
  /** The source's published day, from 1 Feb 2024, or null when it has none. */
  published: number | null;
}

const dayIn = (min: number, max: number) => fc.integer({ min, max });

/** An offset from one of the given events (from its end, at random, when `withEnd` says it has one). */
const offsetFrom = (ids: string[], withEnd: (id: string) => boolean): fc.Arbitrary<TimeSpec> =>
  fc
    .record({
      from: fc.constantFrom(...ids),
      fromEnd: fc.boolean(),
      week: fc.boolean(),
      amount: dayIn(-7, 7),
      extra: fc.option(fc.nat(3), { nil: undefined }),
      approximate: fc.option(fc.boolean(), { nil: undefined, freq: 2 }),
      tolerance: fc.option(fc.nat(2), { nil: undefined }),
    })
    .map(({ from, fromEnd, week, amount, extra, approximate, tolerance }): TimeSpec => {
      const a = week ? Math.sign(amount) * Math.min(1, Math.abs(amount)) : amount;
      const spec: TimeSpec = { kind: 'offset', from, amount: a, unit: week ? 'week' : 'day' };
      if (fromEnd && withEnd(from)) spec.anchor = 'end';
      if (extra !== undefined) spec.amountMax = a + (week ? Math.min(1, extra) : extra);
      if (approximate) {
        spec.approximate = true;
        if (tolerance !== undefined) spec.tolerance = tolerance;
      }
      return spec;
    });

const orderAmong = (others: string[]): fc.Arbitrary<TimeSpec> =>
  fc
    .record({
      after: fc.subarray(others, { maxLength: Math.min(2, others.length) }),
      before: fc.subarray(others, { maxLength: Math.min(2, others.length) }),
      notBefore: fc.option(dayIn(-3, 31), { nil: undefined, freq: 3 }),
      notAfter: fc.option(dayIn(-3, 31), { nil: undefined, freq: 3 }),
    })
    .map(({ after, before, notBefore, notAfter }): TimeSpec => {
      const spec: TimeSpec = { kind: 'order' };
      if (after.length) spec.after = after;
      if (before.length) spec.before = before;
      if (notBefore !== undefined) spec.notBefore = iso(notBefore);
      if (notAfter !== undefined) spec.notAfter = iso(notAfter);
      return spec;
    });

/** Up to seven time points: 2–5 events (the first dated), some ends, up to two measurement points. */
const draft: fc.Arbitrary<Draft> = fc
  .record({
    n: fc.integer({ min: 2, max: 5 }),
    published: fc.option(dayIn(20, 45), { nil: null, freq: 3 }),
    seeds: fc.array(fc.nat(99), { minLength: 5, maxLength: 5 }),
    endSeeds: fc.array(fc.nat(99), { minLength: 5, maxLength: 5 }),
    pointCount: fc.nat(2),
  })
  .chain(({ n, published, seeds, endSeeds, pointCount }) => {
    const ids = Array.from({ length: n }, (_, i) => `e${i}`);
    // Which events have an end, and what kind of time each start is (by weight).
    const hasEnd = (i: number) => endSeeds[i]! < 30;
    const withEnd = (id: string) => hasEnd(Number(id.slice(1)));
    const startOf = (i: number): fc.Arbitrary<TimeSpec> => {
      const s = seeds[i]!;
      if (i === 0 || s < 15)
        return dayIn(0, 28).map((d): TimeSpec => ({ kind: 'date', date: iso(d) }));
      if (s < 30)
        return fc
          .constantFrom('2024-01', '2024-02', '2024-03')
          .map((month): TimeSpec => ({ kind: 'month', month }));
      if (s < 35 && published !== null)
        return fc.constant<TimeSpec>({ kind: 'source-date', source: 's' });
      if (s < 70) return offsetFrom(ids.slice(0, i), withEnd);
      return orderAmong(ids.filter((_, j) => j !== i));
    };
    const endOf = (i: number): fc.Arbitrary<TimeSpec | undefined> => {
      if (!hasEnd(i)) return fc.constant(undefined);
      return fc.oneof(
        {
          weight: 3,
          arbitrary: dayIn(-1, 5).map((amount): TimeSpec => ({
            kind: 'offset',
            from: ids[i]!,
            amount,
            unit: 'day',
          })),
        },
        dayIn(0, 28).map((d): TimeSpec => ({ kind: 'date', date: iso(d) })),
        dayIn(0, 31).map((d): TimeSpec => ({ kind: 'order', notAfter: iso(d) })),
      );
    };
    // A point: days after an event, or order-only after one and not after a day.
    const point: fc.Arbitrary<TimeSpec> = fc.oneof(
      fc
        .record({ from: fc.constantFrom(...ids), amount: dayIn(0, 6) })
        .map(({ from, amount }): TimeSpec => ({ kind: 'offset', from, amount, unit: 'day' })),
      fc
        .record({ after: fc.constantFrom(...ids), notAfter: dayIn(0, 35) })
        .map(({ after, notAfter }): TimeSpec => ({
          kind: 'order',
          after: [after],
          notAfter: iso(notAfter),
        })),
    );
    return fc.record({
      events: fc.tuple(
        ...ids.map((id, i) =>
          fc.record({ time: startOf(i), end: endOf(i) }).map(({ time, end }) => ({
            id,
            time,
            ...(end ? { end } : {}),
          })),
        ),
      ),
      points: fc.array(point, { minLength: pointCount, maxLength: pointCount }),
      published: fc.constant(published),
    });
  })
  .filter((d) => d.events.length + d.events.filter((e) => e.end).length + d.points.length <= 7);

function caseOf(d: Draft): Case {
  const c = caseWith(d.events, d.points);
  if (d.published !== null) c.sources[0]!.published = iso(d.published);
  return c;
}

/** Node keys in model order (index i + 1; 0 is 1 Feb 2024) and the model's constraints. */
function model(d: Draft): { keys: string[]; cs: DifferenceConstraint[] } {
  const keys: string[] = [];
  const specs: TimeSpec[] = [];
  for (const e of d.events) {
    keys.push(e.id);
    specs.push(e.time);
    if (e.end) {
      keys.push(`${e.id}#end`);
      specs.push(e.end);
    }
  }
  d.points.forEach((p, i) => {
    keys.push(`mrd[${i}]`);
    specs.push(p);
  });
  const at = (key: string) => keys.indexOf(key) + 1;
  const cs: DifferenceConstraint[] = [];
  const absolute = (me: number, lo: number, hi: number) => cs.push({ from: 0, to: me, lo, hi });
  specs.forEach((s, i) => {
    const me = i + 1;
    switch (s.kind) {
      case 'date': {
        const day = dayOfIso(s.date) - FEB1;
        absolute(me, day, day);
        break;
      }
      case 'month': {
        const [y, m] = s.month.split('-').map(Number) as [number, number];
        const first = Date.UTC(y, m - 1, 1) / 86_400_000 - FEB1;
        const last = Date.UTC(y, m, 0) / 86_400_000 - FEB1;
        absolute(me, first, last);
        break;
      }
      case 'source-date':
        absolute(me, d.published!, d.published!);
        break;
      case 'offset': {
        const k = s.unit === 'week' ? 7 : 1;
        const tol = s.approximate ? (s.tolerance ?? Math.max(0.5, 0.1 * Math.abs(s.amount))) : 0;
        const from = at(s.anchor === 'end' ? `${s.from}#end` : s.from);
        cs.push({
          from,
          to: me,
          lo: Math.floor((s.amount - tol) * k),
          hi: Math.ceil(((s.amountMax ?? s.amount) + tol) * k),
        });
        break;
      }
      case 'order':
        for (const a of s.after ?? [])
          if (at(a) !== me) cs.push({ from: at(a), to: me, lo: 0, hi: Infinity });
        for (const b of s.before ?? [])
          if (at(b) !== me) cs.push({ from: me, to: at(b), lo: 0, hi: Infinity });
        if (s.notBefore) absolute(me, dayOfIso(s.notBefore) - FEB1, Infinity);
        if (s.notAfter) absolute(me, -Infinity, dayOfIso(s.notAfter) - FEB1);
        break;
      default:
        break;
    }
    if (keys[i]!.endsWith('#end')) cs.push({ from: me - 1, to: me, lo: 0, hi: Infinity });
    if (d.published !== null) absolute(me, -Infinity, d.published);
  });
  return { keys, cs };
}

/** How a contradiction names a node of these cases: by label and id (labels are the ids here). */
const nameOf = (key: string) => {
  const point = /^mrd\[(\d+)\]$/.exec(key);
  if (point) return `point ${Number(point[1]) + 1} of "MRD" (mrd)`;
  const id = key.replace(/#end$/, '');
  return key.endsWith('#end') ? `the end of "${id}" (${id})` : `"${id}" (${id})`;
};

const nullable = (x: number) => (Number.isFinite(x) ? x : null);

describe('resolveCase: tight bounds against brute force over days', () => {
  test.prop([draft], { numRuns: 300 })(
    'bounds.between and bounds.calendar are the extremes over every day assignment; contradictions exactly when there is none',
    (d) => {
      const c = caseOf(d);
      const rc = resolveCase(c);
      const { keys, cs } = model(d);
      const n = keys.length + 1;
      const brute = bruteBounds(n, cs, DOMAIN, BUDGET);
      fc.pre(brute !== null);
      const contradictions = rc.problems.filter((p) => p.code === 'time-contradiction');
      expect(
        rc.problems.filter((p) => p.code !== 'time-contradiction' && p.code !== 'order-cycle'),
      ).toEqual([]);

      if (brute.count === 0) {
        expect(contradictions.length).toBeGreaterThan(0);
        for (const p of contradictions) {
          expect(p.message).not.toContain('#');
          expect(p.constraints!.length).toBeGreaterThan(0);
          for (const k of p.constraints!) expect(p.message).toContain(nameOf(k.node));
        }
        return;
      }
      expect(contradictions).toEqual([]);
      // Exact when no solution reached the edge of the days tried; else every solution inside.
      const got: unknown[] = [];
      const want: unknown[] = [];
      for (let a = 1; a < n; a++) {
        const ka = keys[a - 1]!;
        const cal = rc.bounds.calendar(ka);
        const [lo, hi] = [brute.lo(0, a), brute.hi(0, a)];
        if (!brute.edge) {
          got.push([ka, cal]);
          want.push([ka, [FEB1 + lo, FEB1 + hi]]);
        } else {
          expect(cal[0] ?? -Infinity).toBeLessThanOrEqual(FEB1 + lo);
          expect(cal[1] ?? Infinity).toBeGreaterThanOrEqual(FEB1 + hi);
        }
        for (let b = 1; b < n; b++) {
          const kb = keys[b - 1]!;
          const between = rc.bounds.between(ka, kb)!;
          if (!brute.edge) {
            got.push([ka, kb, between]);
            want.push([ka, kb, [nullable(brute.lo(a, b)), nullable(brute.hi(a, b))]]);
          } else {
            expect(between[0] ?? -Infinity).toBeLessThanOrEqual(brute.lo(a, b));
            expect(between[1] ?? Infinity).toBeGreaterThanOrEqual(brute.hi(a, b));
          }
        }
      }
      expect(got).toEqual(want);
    },
    TIMEOUT,
  );
});

// Months and years are counted on the calendar, which no difference constraint states exactly:
// the network's bounds must still hold every day the calendar arithmetic can give.
const calendarChain = fc.record({
  root: fc.oneof(
    fc
      .record({ y: fc.integer({ min: 2000, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
      .map(({ y, m }): TimeSpec => ({
        kind: 'month',
        month: `${y}-${String(m).padStart(2, '0')}`,
      })),
    fc
      .integer({ min: 0, max: 11_000 })
      .map((d): TimeSpec => ({ kind: 'date', date: iso(d - 8_800) })),
    fc.integer({ min: 2000, max: 2030 }).map((year): TimeSpec => ({ kind: 'year', year })),
  ),
  links: fc.array(
    fc.record({
      year: fc.boolean(),
      amount: fc.integer({ min: -28, max: 28 }),
      extra: fc.option(fc.nat(4), { nil: undefined, freq: 3 }),
      approximate: fc.boolean(),
      tolerance: fc.option(fc.nat(2), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

/** The link's offset, its amounts in halves of its unit (months, or years of 12 months). */
function linkSpec(
  l: { year: boolean; amount: number; extra?: number; approximate: boolean; tolerance?: number },
  from: string,
): TimeSpec {
  const div = l.year ? 8 : 2;
  const spec: TimeSpec = {
    kind: 'offset',
    from,
    amount: Math.trunc(l.amount / (div / 2)) / 2,
    unit: l.year ? 'year' : 'month',
  };
  if (l.extra !== undefined) spec.amountMax = spec.amount + l.extra / 2;
  if (l.approximate) {
    spec.approximate = true;
    if (l.tolerance !== undefined) spec.tolerance = l.tolerance / 2;
  }
  return spec;
}

describe('resolveCase: month and year offsets', () => {
  test.prop([calendarChain], { numRuns: 200 })(
    'every day calendar arithmetic gives along the chain lies inside the calendar and between bounds',
    ({ root, links }) => {
      const events = [{ id: 'e0', time: root }];
      links.forEach((l, i) => events.push({ id: `e${i + 1}`, time: linkSpec(l, `e${i}`) }));
      const rc = resolveCase(caseWith(events));
      expect(rc.problems).toEqual([]);
      const r = calendarRange(root)!;
      const keys = events.map((e) => e.id);
      const cal = keys.map((k) => rc.bounds.calendar(k));
      const between = keys.map((a) => keys.map((b) => rc.bounds.between(a, b)!));
      const outside: unknown[] = [];
      // The true days are monotone in the day counted from, so each link's extremes come from its
      // anchor's extremes: following the low or the high end at every link finds them all.
      for (let d = r.lo!; d <= r.hi!; d++) {
        for (let path = 0; path < 1 << links.length; path++) {
          const days = [d];
          events.slice(1).forEach((e, i) => {
            const o = e.time as OffsetTime;
            const tol = toleranceOf(o) * (o.unit === 'year' ? 365.2425 : MEAN_MONTH_DAYS);
            const months = o.unit === 'year' ? 12 : 1;
            const high = (path >> i) & 1;
            const amount = high ? (o.amountMax ?? o.amount) : o.amount;
            const day = addMonths(days[i]!, amount * months) + (high ? tol : -tol);
            days.push(high ? Math.ceil(day) : Math.floor(day));
          });
          days.forEach((x, a) => {
            const [lo, hi] = cal[a]!;
            if (x < lo! || x > hi!) outside.push({ d, path, node: a, x, cal: cal[a] });
            days.forEach((y, b) => {
              const [blo, bhi] = between[a]![b]!;
              if (y - x < blo! || y - x > bhi!) outside.push({ d, path, a, b, diff: y - x });
            });
          });
        }
        if (outside.length) break;
      }
      expect(outside).toEqual([]);
    },
    TIMEOUT,
  );
});
