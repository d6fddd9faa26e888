import { describe, expect, it } from 'vitest';
import { markerKind } from '../../../src/core/cohort/index.ts';
import type { Event, TimeSpec } from '../../../src/core/format/index.ts';
import { CASE_IDS, eventById } from '../../data/library.ts';
import { markerOf, rowOf } from './helpers.ts';

const offsetOf = (e: Event): Extract<TimeSpec, { kind: 'offset' }> => {
  if (e.time.kind !== 'offset') throw new Error(`${e.id} is not an offset`);
  return e.time;
};

describe('swimmerRow on the curated cases', () => {
  it.each(CASE_IDS)(
    '%s: the first CAR-T infusion is day 0 exactly; markers follow resolved order',
    (id) => {
      const { c, rc, row } = rowOf(id);
      const first = rc.order.find(
        (k) => c.events.find((e) => e.id === k)?.kind === 'car-t-infusion',
      )!;
      expect(markerOf(row, first).place).toEqual({
        kind: 'point',
        day: 0,
        lo: 0,
        hi: 0,
        approximate: false,
      });
      const seq = row.markers.map((m) => m.sequence);
      expect(seq).toEqual([...seq].sort((a, b) => a - b));
      // Every event of a swimmer kind is a marker; plans, therapies and toxicities never are.
      const expected = c.events.filter((e) => markerKind(e) !== null).map((e) => e.id);
      expect(row.markers.map((m) => m.eventId).sort()).toEqual([...expected].sort());
      expect(
        row.markers.some((m) => c.events.find((e) => e.id === m.eventId)!.kind === 'plan'),
      ).toBe(false);
    },
  );

  it('Zhou: order-only history before the axis in sequence; CR within a month; remission ongoing at 9–10 months', () => {
    const { c, row } = rowOf('003-zhou');
    const before = row.markers.filter((m) => m.place.kind === 'order' && m.place.zone === 'before');
    expect(before.map((m) => m.eventId)).toEqual(['dx', 'hsct', 'cr-after-hsct', 'relapse']);
    expect(before.map((m) => (m.place.kind === 'order' ? m.place.index : -1))).toEqual([
      0, 1, 2, 3,
    ]);
    // "Within one month" and "9–10 months" are ranges: windows with no best day.
    const cr = markerOf(row, 'cr-after-cart').place;
    const crSpec = offsetOf(eventById(c, 'cr-after-cart'));
    expect(cr.kind).toBe('window');
    if (cr.kind !== 'window') return;
    expect(cr.lo).toBe(crSpec.amount * 30);
    expect(cr.hi).toBeGreaterThanOrEqual(28 * crSpec.amountMax!);
    expect(cr.hi).toBeLessThanOrEqual(31 * crSpec.amountMax!);
    const fu = markerOf(row, 'remission-ongoing').place;
    const fuSpec = offsetOf(eventById(c, 'remission-ongoing'));
    if (fu.kind !== 'window') throw new Error('follow-up should be a window');
    expect(fu.lo).toBeGreaterThanOrEqual(28 * fuSpec.amount);
    expect(fu.hi).toBeLessThanOrEqual(31 * fuSpec.amountMax!);
    expect(row.ongoing).toBe(true);
    // The bar and the sort claim only what is certain: followed up at least until the window opens.
    expect(row.sort.followUp).toBe(fu.lo);
    expect(row.bar).toEqual({ from: 0, to: fu.lo });
    expect(markerOf(row, 'remission-ongoing').derived).toBe(true);
  });

  it('Marina: MRD negative on day 13; plans are not markers; history before the infusion never crosses day 0', () => {
    const { c, row } = rowOf('000-marina');
    const mrd = markerOf(row, 'mrd-negative');
    expect(mrd.kind).toBe('mrd-negative');
    expect(mrd.place).toMatchObject({
      kind: 'point',
      day: offsetOf(eventById(c, 'mrd-negative')).amount,
    });
    expect(mrd.glyph.legendKey).toBe('mrd-negative');
    expect(row.markers.some((m) => m.eventId.startsWith('plan'))).toBe(false);
    for (const id of ['hsct', 'mrd-relapse', 'progression']) {
      const p = markerOf(row, id).place;
      expect(p.kind).toBe('window');
      if (p.kind === 'window') expect(p.hi).toBeLessThanOrEqual(0);
    }
    expect(row.sort.followUp).toBe(13);
    expect(row.sort.crs.kind).toBe('occurred-no-grade');
    expect(row.text.crs).toMatch(/grade not reported/);
    expect(row.ongoing).toBe(false);
  });

  it('Grandma Sun: year-precise infusion gives whiskers of up to a year; remission lies between infusion and follow-up', () => {
    const { row } = rowOf('001-grandma-sun');
    const fu = markerOf(row, 'follow-up-2023').place;
    if (fu.kind !== 'point') throw new Error('follow-up should be a point');
    expect(fu.hi - fu.lo).toBeGreaterThanOrEqual(365);
    expect(fu.day / 365).toBeGreaterThan(7);
    expect(fu.day / 365).toBeLessThan(8);
    expect(markerOf(row, 'remission').place).toEqual({
      kind: 'window',
      lo: 0,
      hi: fu.hi,
      between: true,
    });
    expect(row.notes.join(' ')).toMatch(/dated to the year only/);
    expect(row.ongoing).toBe(true);
    expect(row.sort.target).toBe('');
    expect(row.text.target).toBe('target not stated');
    expect(row.bar!.from).toBeLessThan(-700);
  });

  it.each(['002a-pan-case-1', '002b-pan-case-2'])(
    '%s: only the infusion has a time; everything else sits in order-only zones; no bar',
    (id) => {
      const { row } = rowOf(id);
      expect(row.bar).toBeNull();
      const timed = row.markers.filter(
        (m) => m.place.kind === 'point' || m.place.kind === 'window',
      );
      expect(timed.map((m) => m.kind)).toEqual(['infusion']);
      expect(row.zoneCounts.before + row.zoneCounts.after).toBe(row.markers.length - 1);
      expect(row.sort.followUp).toBeNull();
      expect(row.notes.join(' ')).toMatch(/No dates or durations reported/);
    },
  );

  it('Pan case 1: CRS grade 3 on an unstated scale keeps its number and says the scale is not stated', () => {
    const { row } = rowOf('002a-pan-case-1');
    expect(row.sort.crs).toMatchObject({ kind: 'grade', value: 3 });
    expect(row.text.crsShort).toBe('CRS grade 3 (scale not stated)');
    expect(markerOf(row, 'death-unconfirmed').derived).toBe(true);
  });

  it('Kong: events after the second infusion stay in the after zone, in sequence, and the row says why', () => {
    const { row } = rowOf('004-kong');
    const after = row.markers.filter((m) => m.place.kind === 'order' && m.place.zone === 'after');
    const ids = after.map((m) => m.eventId);
    expect(ids).toContain('cart-2');
    expect(ids.indexOf('cart-2')).toBeLessThan(ids.indexOf('pet-1m'));
    expect(ids.indexOf('pet-1m')).toBeLessThan(ids.indexOf('pet-3m'));
    expect(markerOf(row, 'pet-1m').stated).toMatch(/1 month after Second CAR-T infusion/);
    expect(row.notes.join(' ')).toMatch(/times after the first infusion not reported/);
    expect(row.notes.join(' ')).not.toMatch(/No dates or durations/);
    expect(row.bar).toBeNull();
    expect(row.sort.target).toBe('CD19');
  });
});
