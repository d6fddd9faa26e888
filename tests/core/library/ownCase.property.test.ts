// Properties of the browser's opener (validator, limits and resolver together) over many inputs.
// The resolver's own properties (termination, order, bounds) live in tests/core/time; here the
// same guarantees are checked end to end, as a reader's file meets them.

import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Event, TimeSpec } from '../../../src/core/format/index.ts';
import { loadOwnCase } from '../../../src/core/library/caseFromText.ts';
import { joinPath } from '../../../src/core/validate/problem.ts';
import { caseWith } from '../time/caseBuilder.ts';
import { baseCase, type Loose } from '../validate/helpers.ts';

const hasError = (load: ReturnType<typeof loadOwnCase>) =>
  load.problems.some((p) => p.severity === 'error');

/** Every leaf and inner value of a JSON value, with its path as steps (the root excluded). */
function allPaths(v: unknown, steps: Array<string | number> = []): Array<Array<string | number>> {
  const here = steps.length > 0 ? [steps] : [];
  if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => allPaths(x, [...steps, i]))];
  if (v && typeof v === 'object')
    return [...here, ...Object.entries(v).flatMap(([k, x]) => allPaths(x, [...steps, k]))];
  return here;
}

const BASE = baseCase() as Loose;
// "$schema" is only an editor hint and any text is fine there.
const PATHS = allPaths(BASE).filter((s) => s[0] !== '$schema');

/** A value of another JSON type than `v`, so it can never be valid where `v` was. */
const otherType = (v: unknown): fc.Arbitrary<unknown> => {
  if (typeof v === 'string') return fc.oneof(fc.integer(), fc.boolean(), fc.constant(null));
  if (typeof v === 'number') return fc.oneof(fc.string(), fc.boolean(), fc.constant(null));
  if (typeof v === 'boolean') return fc.oneof(fc.string(), fc.integer(), fc.constant(null));
  if (Array.isArray(v)) return fc.oneof(fc.string(), fc.integer(), fc.constant({}));
  return fc.oneof(fc.string(), fc.integer(), fc.constant([]));
};

const corruption = fc.constantFrom(...PATHS).chain((steps) => {
  let holder = BASE;
  for (const s of steps) holder = holder[s];
  return fc.tuple(fc.constant(steps), otherType(holder));
});

// Valid by construction: each time is a calendar time, or points at an earlier event that has one.
const validEvents = fc
  .array(
    fc.record({
      kind: fc.constantFrom('date', 'month', 'year', 'offset', 'order', 'unknown'),
      day: fc.integer({ min: 0, max: 3650 }),
      amount: fc.integer({ min: -60, max: 60 }),
      unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
      ref: fc.nat(),
      label: fc.string({ minLength: 1, maxLength: 60 }),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((raw) => {
    const placed: number[] = [];
    return raw.map((r, i): Partial<Event> & { id: string; time: TimeSpec } => {
      const d = new Date(Date.UTC(2015, 0, 1) + r.day * 86_400_000).toISOString();
      let time: TimeSpec;
      if (r.kind === 'month') time = { kind: 'month', month: d.slice(0, 7) };
      else if (r.kind === 'year') time = { kind: 'year', year: Number(d.slice(0, 4)) };
      else if (r.kind === 'unknown') time = { kind: 'unknown' };
      else if (r.kind === 'order' && i > 0) time = { kind: 'order', after: [`e${r.ref % i}`] };
      else if (r.kind === 'offset' && placed.length > 0)
        time = {
          kind: 'offset',
          from: `e${placed[r.ref % placed.length]}`,
          amount: r.amount,
          unit: r.unit,
        };
      else time = { kind: 'date', date: d.slice(0, 10) };
      if (time.kind !== 'unknown' && time.kind !== 'order') placed.push(i);
      return { id: `e${i}`, label: r.label, time };
    });
  });

// Random time graphs: references to any event, to itself, or to none that exists; cycles welcome.
const tangledSpec = (n: number): fc.Arbitrary<TimeSpec> => {
  const ref = fc.oneof(
    fc.nat(n - 1).map((i) => `e${i}`),
    fc.constant('nobody'),
  );
  return fc.oneof(
    fc.constant<TimeSpec>({ kind: 'unknown' }),
    fc.integer({ min: 2000, max: 2030 }).map((year): TimeSpec => ({ kind: 'year', year })),
    fc
      .record({ from: ref, amount: fc.integer({ min: -9, max: 9 }), approximate: fc.boolean() })
      .map((o): TimeSpec => ({ kind: 'offset', unit: 'day', ...o })),
    fc
      .record({ after: fc.array(ref, { maxLength: 3 }), before: fc.array(ref, { maxLength: 3 }) })
      .map((o): TimeSpec => ({ kind: 'order', ...o })),
  );
};
const tangledCase = fc
  .integer({ min: 1, max: 20 })
  .chain((n) => fc.array(tangledSpec(n), { minLength: n, maxLength: n }))
  .map((specs) => caseWith(specs.map((time, i) => ({ id: `e${i}`, time }))));

describe('the opener, over many inputs', () => {
  test.prop([fc.string()])('never throws on any text', (text) => {
    expect(loadOwnCase(text, 'f.json').status).toBe('error');
  });

  test.prop([fc.jsonValue()], { numRuns: 300 })(
    'never throws on any JSON value, and positions every problem in the file',
    (value) => {
      const load = loadOwnCase(JSON.stringify(value, null, 1) ?? 'null', 'f.json');
      expect(load.status).toBe('error');
      for (const p of load.problems) expect(p.line).toBeGreaterThan(0);
    },
  );

  test.prop([fc.constantFrom(...PATHS), fc.jsonValue()], { numRuns: 300 })(
    'never throws when any part of a valid case is replaced by any JSON',
    (steps, junk) => {
      const c = structuredClone(BASE);
      let holder = c;
      for (const s of steps.slice(0, -1)) holder = holder[s];
      holder[steps.at(-1)!] = junk;
      loadOwnCase(JSON.stringify(c, null, 2), 'f.json');
    },
  );

  test.prop([validEvents])('loads and resolves every valid-by-construction case', (events) => {
    const load = loadOwnCase(JSON.stringify(caseWith(events), null, 2), 'f.json');
    expect(load.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(load.status).toBe('ok');
    if (load.status !== 'ok') return;
    for (const e of events) expect(load.resolved.times.has(e.id)).toBe(true);
    const placedOnCalendar = events.filter(
      (e) => e.time.kind !== 'unknown' && e.time.kind !== 'order',
    );
    for (const e of placedOnCalendar)
      expect(load.resolved.times.get(e.id)!.placement).toBe('calendar');
  });

  test.prop([corruption], { numRuns: 300 })(
    'reports a field given a value of the wrong type at exactly its path',
    ([steps, value]) => {
      const c = structuredClone(BASE);
      let holder = c;
      for (const s of steps.slice(0, -1)) holder = holder[s];
      holder[steps.at(-1)!] = value;
      const load = loadOwnCase(JSON.stringify(c, null, 2), 'f.json');
      expect(hasError(load)).toBe(true);
      expect(load.problems.map((p) => p.path)).toContain(joinPath(steps));
    },
  );

  test.prop([tangledCase])(
    'always finishes on tangled times (cycles, self and missing references) with a verdict',
    (c) => {
      const load = loadOwnCase(JSON.stringify(c, null, 2), 'f.json');
      if (load.status === 'ok') expect(load.resolved.order).toHaveLength(c.events.length);
      else expect(load.problems.length).toBeGreaterThan(0);
      // Whatever is wrong is wrong with the times, and is said there.
      for (const p of load.problems.filter((q) => q.severity === 'error'))
        expect(p.path).toMatch(/^events(\[\d+\]|$)/);
    },
  );
});
