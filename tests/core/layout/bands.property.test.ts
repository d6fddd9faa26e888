import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Case, TimeSpec } from '../../../src/core/format/index.ts';
import {
  buildAxis,
  placeNodes,
  slotToU,
  type Frame,
  type Segment,
} from '../../../src/core/layout/index.ts';
import { stretchOf } from '../../../src/core/layout/axisMap.ts';
import { dateOfDay, dayOfIso } from '../../../src/core/time/days.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { caseWith } from '../time/caseBuilder.ts';

// Random consistent cases: dated events (day, month or year) in listing order with increasing
// days, spread over clusters years apart; order-only events after earlier and before later
// events; offsets hung from either. Every constraint points forward in the listing, so the days
// drawn for the dated events plus "each order-only event on the day of the last dated event
// before it" satisfy them all: no case here is contradictory.

const BASE = dayOfIso('2015-01-01');
const CLUSTERS = [0, 200, 900, 2600];
const iso = (day: number) => dateOfDay(day).toISOString().slice(0, 10);

type Kind = 'date' | 'month' | 'year' | 'order' | 'offset';
const KINDS: Kind[] = ['date', 'date', 'month', 'year', 'order', 'order', 'order', 'offset'];

interface Draft {
  c: Case;
  anchor: string;
}

const draft: fc.Arbitrary<Draft> = fc
  .record({
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 2, maxLength: 8 }),
    days: fc.array(fc.record({ cluster: fc.constantFrom(...CLUSTERS), jitter: fc.nat(40) }), {
      minLength: 9,
      maxLength: 9,
    }),
    refs: fc.array(
      fc.record({
        after: fc.array(fc.nat(20), { maxLength: 2 }),
        before: fc.array(fc.nat(20), { maxLength: 2 }),
        amount: fc.nat(30),
      }),
      { minLength: 9, maxLength: 9 },
    ),
    published: fc.boolean(),
    anchor: fc.nat(20),
  })
  .map(({ kinds, days, refs, published, anchor }): Draft => {
    const all: Kind[] = ['date', ...kinds];
    const ids = all.map((_, i) => `e${i}`);
    const sorted = days.map((d) => BASE + d.cluster + d.jitter).sort((a, b) => a - b);
    // Order-only times name dated or order-only events, never offsets (an offset could run past
    // a later date and make the case contradictory).
    const nameable = (j: number) => all[j] !== 'offset';
    const events = all.map((kind, i) => {
      const day = sorted[i]!;
      const r = refs[i]!;
      let time: TimeSpec;
      if (kind === 'date') time = { kind: 'date', date: iso(day) };
      else if (kind === 'month') time = { kind: 'month', month: iso(day).slice(0, 7) };
      else if (kind === 'year') time = { kind: 'year', year: dateOfDay(day).getUTCFullYear() };
      else if (kind === 'offset')
        time = { kind: 'offset', from: ids[r.amount % i]!, amount: r.amount, unit: 'day' };
      else {
        const earlier = ids.filter((_, j) => j < i && nameable(j));
        const later = ids.filter((_, j) => j > i && nameable(j));
        const after = [
          ...new Set(
            r.after.flatMap((k) => (earlier.length ? [earlier[k % earlier.length]!] : [])),
          ),
        ];
        const before = [
          ...new Set(r.before.flatMap((k) => (later.length ? [later[k % later.length]!] : []))),
        ];
        time = { kind: 'order' };
        if (after.length) time.after = after;
        if (before.length) time.before = before;
      }
      return { id: ids[i]!, time };
    });
    const c = caseWith(events);
    if (published) {
      // After every event (offsets run at most 30 days per link, so a year after the last day).
      c.sources = c.sources.map((s) => ({
        ...s,
        published: iso(sorted[sorted.length - 1]! + 365),
      }));
    }
    return { c, anchor: ids[anchor % ids.length]! };
  });

/** The last day of every placed node before each slot in sequence, computed from the places alone. */
function slotPredecessors(order: readonly string[], places: ReturnType<typeof placeNodes>) {
  const out: Array<{ key: string; slot: number; after: number }> = [];
  let last = -Infinity;
  for (const key of order) {
    const p = places.get(key);
    if (p?.kind === 'slot') out.push({ key, slot: p.slot, after: last });
    else if (p?.kind === 'point') last = Math.max(last, p.day, p.hi);
    else if (p?.kind === 'window') last = Math.max(last, p.hi);
  }
  return out;
}

function checkAxis(c: Case, frame: Frame) {
  const rc = resolveCase(c);
  expect(rc.problems).toEqual([]);
  const places = placeNodes(rc, frame, c);
  const axis = buildAxis(rc, places, frame);
  const segs = axis.segments;

  // Pieces are laid end to end; time is 1 u per day; dated segments alternate time and break.
  segs.forEach((s, i) => {
    if (i > 0) expect(s.u0).toBeCloseTo(segs[i - 1]!.u1, 9);
    if (s.kind === 'time') expect(s.u1 - s.u0).toBeCloseTo(s.d1 - s.d0, 9);
  });
  const dated = segs.filter((s) => s.kind !== 'order');
  dated.forEach((s, i) => {
    const prev = dated[i - 1];
    if (!prev) return expect(s.kind).toBe('time');
    expect(s.kind).not.toBe(prev.kind);
    expect(s.d0).toBe(prev.d1);
  });

  // Every placed day lies in a time segment, never in a break.
  for (const [key, p] of places) {
    const days = p.kind === 'point' ? [p.day, p.lo, p.hi] : p.kind === 'window' ? [p.lo, p.hi] : [];
    for (const d of days) expect(stretchOf(axis, d), `${key} at ${d}`).toBeGreaterThanOrEqual(0);
  }

  // Each slot sits in a band right after the time segment holding its predecessor's last day
  // (bands only in between), or before every time segment when nothing placed precedes it.
  for (const { key, slot, after } of slotPredecessors(rc.order, places)) {
    const u = slotToU(axis, slot);
    const b = segs.findIndex((s) => s.kind === 'order' && s.u0 < u && u < s.u1);
    expect(b, `${key} in a band`).toBeGreaterThanOrEqual(0);
    let t = b - 1;
    while (t >= 0 && segs[t]!.kind === 'order') t--;
    const prev: Segment | undefined = segs[t];
    if (after === -Infinity) {
      expect(prev, `${key} opens the axis`).toBeUndefined();
    } else {
      expect(prev, `${key} follows a time segment`).toMatchObject({ kind: 'time' });
      if (prev?.kind !== 'time') continue;
      expect(prev.d0).toBeLessThanOrEqual(after);
      expect(after).toBeLessThanOrEqual(prev.d1);
    }
  }
}

describe('order bands on random cases', () => {
  test.prop([draft], { numRuns: 150 })(
    'never split a time segment, and follow the segment of their predecessor (calendar)',
    ({ c }) => checkAxis(c, { mode: 'calendar', anchor: null }),
  );

  test.prop([draft], { numRuns: 150 })(
    'never split a time segment, and follow the segment of their predecessor (days from an event)',
    ({ c, anchor }) => checkAxis(c, { mode: 'relative', anchor }),
  );
});
