import { describe, expect, it } from 'vitest';
import { MAX_WINDOW_DAYS, placeNode } from '../../../src/core/layout/index.ts';
import type { Frame } from '../../../src/core/layout/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import type { ResolvedCase } from '../../../src/core/time/types.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';
import { dayOfIso } from '../../../src/core/time/days.ts';
import { caseWith } from '../time/caseBuilder.ts';

const CAL: Frame = { mode: 'calendar', anchor: null };
const from = (anchor: string): Frame => ({ mode: 'relative', anchor });
/** A node's calendar bounds as the resolver gives them (what placeNode reads in the calendar frame). */
const calendarBounds = (rc: ResolvedCase, key: string) => rc.times.get(key)!.calendar;

describe('placeNode in the calendar frame', () => {
  const c = caseWith(
    [
      { id: 'dx', time: { kind: 'month', month: '2024-03' } },
      { id: 'inf', time: { kind: 'date', date: '2024-06-10' } },
      {
        id: 'crs',
        time: { kind: 'offset', from: 'inf', amount: 3, unit: 'day', approximate: true },
      },
      { id: 'between', time: { kind: 'order', after: ['dx'], before: ['inf'] } },
      { id: 'wide', time: { kind: 'order', after: ['dx'], notAfter: '2027-01-01' } },
      { id: 'loose', time: { kind: 'order', after: ['inf'] } },
      { id: 'lonely', time: { kind: 'unknown' } },
      { id: 'tied', time: { kind: 'unknown' } },
      { id: 'after-tied', time: { kind: 'order', after: ['tied'] } },
    ],
    [{ kind: 'offset', from: 'between', amount: 2, unit: 'day' }],
  );
  const rc = resolveCase(c);

  it('a dated event is a point at its best day with its precision as [lo, hi]', () => {
    expect(placeNode(rc, 'dx', CAL)).toEqual({
      kind: 'point',
      day: dayOfIso('2024-03-16'),
      lo: dayOfIso('2024-03-01'),
      hi: dayOfIso('2024-03-31'),
      approximate: false,
    });
  });

  it('an approximate offset from a dated event is an approximate point', () => {
    const p = placeNode(rc, 'crs', CAL);
    expect(p).toMatchObject({ kind: 'point', day: dayOfIso('2024-06-13'), approximate: true });
  });

  it('an order-only event bounded on both sides within two years is a window, never a point', () => {
    expect(placeNode(rc, 'between', CAL)).toEqual({
      kind: 'window',
      lo: dayOfIso('2024-03-01'),
      hi: dayOfIso('2024-06-10'),
    });
  });

  it('a chain hung from a bounded order-only root is a window shifted by its offset', () => {
    expect(placeNode(rc, 'mrd[0]', CAL)).toEqual({
      kind: 'window',
      lo: dayOfIso('2024-03-03'),
      hi: dayOfIso('2024-06-12'),
    });
  });

  it('bounds wider than 730 days leave the node to its order (slot)', () => {
    const wide = calendarBounds(rc, 'wide');
    expect(wide.hi! - wide.lo!).toBeGreaterThan(MAX_WINDOW_DAYS);
    expect(placeNode(rc, 'wide', CAL).kind).toBe('slot');
  });

  it('a node known only to follow a dated one is an open window from that day', () => {
    // The source has no date, so nothing closes it: [day of inf, +∞).
    expect(calendarBounds(rc, 'loose')).toMatchObject({ lo: dayOfIso('2024-06-10'), hi: null });
    expect(placeNode(rc, 'loose', CAL)).toEqual({
      kind: 'window',
      lo: dayOfIso('2024-06-10'),
      hi: dayOfIso('2024-06-10'),
      open: true,
    });
  });

  it('a node with only a latest day, or no bound at all, stays a slot', () => {
    const c2 = caseWith([
      { id: 'early', time: { kind: 'order', before: ['inf'] } },
      { id: 'inf', time: { kind: 'date', date: '2024-06-10' } },
      { id: 'tied', time: { kind: 'unknown' } },
      { id: 'after-tied', time: { kind: 'order', after: ['tied'] } },
    ]);
    const rc2 = resolveCase(c2);
    expect(rc2.times.get('early')!.calendar).toMatchObject({
      lo: null,
      hi: dayOfIso('2024-06-10'),
    });
    expect(placeNode(rc2, 'early', CAL, c2).kind).toBe('slot');
    expect(placeNode(rc2, 'after-tied', CAL, c2).kind).toBe('slot');
    expect(placeNode(rc2, 'tied', CAL, c2).kind).toBe('slot');
  });

  it('an unknown time nothing refers to is none; one that others follow is a slot', () => {
    expect(placeNode(rc, 'lonely', CAL, c)).toEqual({ kind: 'none' });
    expect(placeNode(rc, 'tied', CAL, c).kind).toBe('slot');
  });

  it('slots are numbered in sequence order from 0', () => {
    const slots = rc.order
      .map((k) => placeNode(rc, k, CAL, c))
      .flatMap((p) => (p.kind === 'slot' ? [p.slot] : []));
    expect(slots).toEqual(slots.map((_, i) => i));
  });
});

describe("placeNode with a dated source (nothing reported happens after the source's date)", () => {
  const c = makeCase(
    [
      {
        id: 'a',
        kind: 'other',
        label: 'a',
        provenance: stated,
        time: { kind: 'date', date: '2020-01-01' },
      },
      {
        id: 'x',
        kind: 'other',
        label: 'x',
        provenance: stated,
        time: { kind: 'order', after: ['a'] },
      },
      {
        id: 'plan',
        kind: 'plan',
        planned: 'transplant',
        label: 'plan',
        provenance: stated,
        time: { kind: 'order', after: ['a'] },
      },
      {
        id: 'pre',
        kind: 'other',
        label: 'pre',
        provenance: stated,
        time: { kind: 'order', before: ['a'] },
      },
    ],
    {
      sources: [
        {
          id: 's',
          type: 'journal-abstract',
          authors: ['A Author'],
          title: 'T',
          published: '2020-06-01',
        },
      ],
    },
  );
  const rc = resolveCase(c);

  it('an event after a dated one is a closed window up to the source date', () => {
    expect(placeNode(rc, 'x', CAL, c)).toEqual({
      kind: 'window',
      lo: dayOfIso('2020-01-01'),
      hi: dayOfIso('2020-06-01'),
    });
  });

  it('a plan is exempt from the source date: it stays an open window', () => {
    expect(placeNode(rc, 'plan', CAL, c)).toEqual({
      kind: 'window',
      lo: dayOfIso('2020-01-01'),
      hi: dayOfIso('2020-01-01'),
      open: true,
    });
  });

  it('an event before a dated one has no earliest day: still a slot', () => {
    expect(placeNode(rc, 'pre', CAL, c).kind).toBe('slot');
  });
});

describe('placeNode in a relative frame', () => {
  const c = caseWith([
    { id: 'dx', time: { kind: 'order', before: ['inf'] } },
    { id: 'inf', time: { kind: 'order', after: ['dx'] } },
    { id: 'crs', time: { kind: 'offset', from: 'inf', amount: 2, unit: 'day' } },
    { id: 'cr', time: { kind: 'offset', from: 'inf', amount: 0, amountMax: 1, unit: 'month' } },
    { id: 'hsct', time: { kind: 'date', date: '2020-01-01' } },
    { id: 'rel', time: { kind: 'month', month: '2020-05' } },
  ]);
  const rc = resolveCase(c);

  it('the anchor itself is an exact point at day 0', () => {
    expect(placeNode(rc, 'inf', from('inf'))).toEqual({
      kind: 'point',
      day: 0,
      lo: 0,
      hi: 0,
      approximate: false,
    });
  });

  it('an offset from an undated anchor is a point in days from it', () => {
    expect(placeNode(rc, 'crs', from('inf'))).toMatchObject({
      kind: 'point',
      day: 2,
      lo: 2,
      hi: 2,
    });
    // "Within a month" is a range: its bounds, and no best day to put a glyph on.
    expect(placeNode(rc, 'cr', from('inf'))).toEqual({ kind: 'window', lo: 0, hi: 31 });
  });

  it('calendar events relative to a dated anchor are points with the combined uncertainty', () => {
    expect(placeNode(rc, 'rel', from('hsct'))).toEqual({
      kind: 'point',
      day: dayOfIso('2020-05-16') - dayOfIso('2020-01-01'),
      lo: dayOfIso('2020-05-01') - dayOfIso('2020-01-01'),
      hi: dayOfIso('2020-05-31') - dayOfIso('2020-01-01'),
      approximate: false,
    });
  });

  it('a node known only to follow the anchor is an open window from day 0', () => {
    const c2 = caseWith([
      { id: 'inf', time: { kind: 'order' } },
      { id: 'crs', time: { kind: 'order', after: ['inf'] } },
    ]);
    expect(placeNode(resolveCase(c2), 'crs', from('inf'))).toEqual({
      kind: 'window',
      lo: 0,
      hi: 0,
      open: true,
    });
  });

  it('events with no bridge to the anchor fall back to their order', () => {
    expect(placeNode(rc, 'hsct', from('inf')).kind).toBe('slot');
    expect(placeNode(rc, 'dx', from('inf')).kind).toBe('slot');
    expect(placeNode(rc, 'crs', from('hsct')).kind).toBe('slot');
  });

  it('an unknown key is none', () => {
    expect(placeNode(rc, 'nope', from('inf'))).toEqual({ kind: 'none' });
  });
});
