import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { TimeSpec } from '../../../src/core/format/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { caseWith } from './caseBuilder.ts';

// Random cases of up to 30 events whose times point at random other events (cycles allowed).
const spec = (n: number): fc.Arbitrary<TimeSpec> => {
  const ref = fc.nat(n - 1).map((i) => `e${i}`);
  return fc.oneof(
    fc.constant<TimeSpec>({ kind: 'unknown' }),
    fc.integer({ min: 2000, max: 2030 }).map((year): TimeSpec => ({ kind: 'year', year })),
    fc
      .record({ y: fc.integer({ min: 2000, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
      .map(({ y, m }): TimeSpec => ({
        kind: 'month',
        month: `${y}-${String(m).padStart(2, '0')}`,
      })),
    fc
      .record({
        from: ref,
        amount: fc.integer({ min: -50, max: 50 }),
        unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const),
        approximate: fc.boolean(),
      })
      .map((o): TimeSpec => ({ kind: 'offset', ...o })),
    fc
      .record({ after: fc.array(ref, { maxLength: 2 }), before: fc.array(ref, { maxLength: 2 }) })
      .map((o): TimeSpec => ({ kind: 'order', ...o })),
  );
};

const randomCase = fc
  .integer({ min: 1, max: 30 })
  .chain((n) => fc.array(spec(n), { minLength: n, maxLength: n }))
  .map((specs) => caseWith(specs.map((time, i) => ({ id: `e${i}`, time }))));

describe('resolveCase properties', () => {
  test.prop([randomCase])('terminates, never throws, and orders every event exactly once', (c) => {
    const rc = resolveCase(c);
    expect([...rc.order].sort()).toEqual(c.events.map((e) => e.id).sort());
    expect(new Set(rc.order.map((k) => rc.times.get(k)!.sequence)).size).toBe(c.events.length);
  });

  test.prop([randomCase])(
    'when no contradiction is reported, every "after" and "before" holds in the order',
    (c) => {
      const rc = resolveCase(c);
      fc.pre(!rc.problems.some((p) => p.code === 'order-cycle'));
      const seq = (k: string) => rc.times.get(k)!.sequence;
      for (const e of c.events) {
        if (e.time.kind !== 'order' || rc.times.get(e.id)!.placement === 'error') continue;
        for (const a of e.time.after ?? []) if (a !== e.id) expect(seq(a)).toBeLessThan(seq(e.id));
        for (const b of e.time.before ?? [])
          if (b !== e.id) expect(seq(b)).toBeGreaterThan(seq(e.id));
      }
    },
  );

  test.prop([randomCase])('calendar bounds are ordered and best estimates lie within them', (c) => {
    const rc = resolveCase(c);
    for (const t of rc.times.values()) {
      const { lo, hi, best } = t.calendar;
      if (t.placement === 'calendar') {
        expect(lo).not.toBeNull();
        expect(lo!).toBeLessThanOrEqual(hi!);
        expect(best!).toBeGreaterThanOrEqual(lo!);
        expect(best!).toBeLessThanOrEqual(hi!);
      }
      if (t.placement === 'order') expect(best).toBeNull();
    }
  });
});
