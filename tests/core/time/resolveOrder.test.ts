import { describe, expect, it } from 'vitest';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { relativeTo } from '../../../src/core/time/relative.ts';
import { dayOfIso } from '../../../src/core/time/days.ts';
import { caseWith } from './caseBuilder.ts';

describe('resolveCase: order-only events', () => {
  it('an order-only event between two dated ones gets their bounds and no best date', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'dx', time: { kind: 'year', year: 2013 } },
        { id: 'rx', time: { kind: 'order', after: ['dx'], before: ['rel'] } },
        { id: 'rel', time: { kind: 'year', year: 2016 } },
      ]),
    );
    const t = rc.times.get('rx')!;
    expect(t.placement).toBe('order');
    expect(t.calendar).toEqual({
      lo: dayOfIso('2013-01-01'),
      hi: dayOfIso('2016-12-31'),
      best: null,
    });
    expect(rc.order).toEqual(['dx', 'rx', 'rel']);
  });

  it('a run of order-only events keeps its stated sequence even when listed backwards in the file', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'd', time: { kind: 'order', after: ['c'] } },
        { id: 'c', time: { kind: 'order', after: ['b'] } },
        { id: 'b', time: { kind: 'order', after: ['a'] } },
        { id: 'a', time: { kind: 'unknown' } },
      ]),
    );
    expect(rc.order).toEqual(['a', 'b', 'c', 'd']);
    expect(rc.order.map((k) => rc.times.get(k)!.sequence)).toEqual([0, 1, 2, 3]);
    for (const k of rc.order) expect(rc.times.get(k)!.calendar.best).toBeNull();
  });

  it('bounds pass through a chain of order-only events and notAfter caps them', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'hsct', time: { kind: 'month', month: '2025-04' } },
        { id: 'x', time: { kind: 'order', after: ['hsct'] } },
        { id: 'inf', time: { kind: 'order', after: ['x'], notAfter: '2025-12-31' } },
      ]),
    );
    expect(rc.times.get('inf')!.calendar).toEqual({
      lo: dayOfIso('2025-04-01'),
      hi: dayOfIso('2025-12-31'),
      best: null,
    });
  });

  it('an event placed only after another sits right after it in sequence, not at the end', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'inf', time: { kind: 'date', date: '2024-01-01' } },
        { id: 'fu', time: { kind: 'offset', from: 'inf', amount: 9, unit: 'month' } },
        { id: 'crs', time: { kind: 'order', after: ['inf'] } },
      ]),
    );
    expect(rc.order).toEqual(['inf', 'crs', 'fu']);
  });

  it('offsets from an order-only event follow it and inherit its bounds', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'rel', time: { kind: 'date', date: '2025-07-01' } },
        { id: 'inf', time: { kind: 'order', after: ['rel'], notAfter: '2025-12-31' } },
        { id: 'd13', time: { kind: 'offset', from: 'inf', amount: 13, unit: 'day' } },
      ]),
    );
    const t = rc.times.get('d13')!;
    expect(t.placement).toBe('relative');
    expect(t.calendar).toEqual({
      lo: dayOfIso('2025-07-14'),
      hi: dayOfIso('2026-01-13'),
      best: null,
    });
  });

  it('lists anchors in sequence and defaults to the first CAR-T infusion', () => {
    const c = caseWith([
      {
        id: 'inf2',
        kind: 'car-t-infusion',
        product: 'p',
        time: { kind: 'order', after: ['hsct'] },
      } as never,
      {
        id: 'hsct',
        kind: 'transplant',
        transplantType: 'haploidentical',
        time: { kind: 'order', after: ['inf1'] },
      } as never,
      {
        id: 'inf1',
        kind: 'car-t-infusion',
        product: 'p',
        time: { kind: 'order', after: ['dx'] },
      } as never,
      { id: 'dx', kind: 'diagnosis', time: { kind: 'unknown' } } as never,
    ]);
    const rc = resolveCase(c);
    expect(rc.anchors).toEqual(['dx', 'inf1', 'hsct', 'inf2']);
    expect(rc.defaultAnchor).toBe('inf1');
  });
});

describe('relativeTo', () => {
  it('within one chain is exact even without calendar dates', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'inf', time: { kind: 'unknown' } },
        { id: 'peak', time: { kind: 'offset', from: 'inf', amount: 6, unit: 'day' } },
        { id: 'mrd', time: { kind: 'offset', from: 'inf', amount: 13, unit: 'day' } },
      ]),
    );
    expect(relativeTo(rc, 'mrd', 'inf')).toEqual({ lo: 13, hi: 13, best: 13 });
    expect(relativeTo(rc, 'peak', 'mrd')).toEqual({ lo: -7, hi: -7, best: -7 });
  });

  it('across chains uses calendar bounds, widening by both uncertainties', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'dx', time: { kind: 'year', year: 2013 } },
        { id: 'inf', time: { kind: 'date', date: '2016-06-01' } },
      ]),
    );
    const r = relativeTo(rc, 'dx', 'inf')!;
    expect(r.lo).toBe(dayOfIso('2013-01-01') - dayOfIso('2016-06-01'));
    expect(r.hi).toBe(dayOfIso('2013-12-31') - dayOfIso('2016-06-01'));
  });

  it('is null when neither chain nor calendar connects the two', () => {
    const rc = resolveCase(
      caseWith([
        { id: 'a', time: { kind: 'unknown' } },
        { id: 'b', time: { kind: 'unknown' } },
      ]),
    );
    expect(relativeTo(rc, 'a', 'b')).toBeNull();
  });
});

describe('resolveCase: sequence in cases without calendar dates', () => {
  it('orders offsets from an undated infusion by their days, among order-only events', () => {
    const rc = resolveCase(
      caseWith(
        [
          { id: 'dx', time: { kind: 'order', before: ['hsct'] } },
          { id: 'hsct', time: { kind: 'order', after: ['dx'] } },
          { id: 'inf', time: { kind: 'order', after: ['hsct'] } },
          { id: 'crs', time: { kind: 'order', after: ['inf'] } },
          {
            id: 'fu',
            time: { kind: 'offset', from: 'inf', amount: 9, amountMax: 10, unit: 'month' },
          },
        ],
        [{ kind: 'offset', from: 'inf', amount: 6, unit: 'day' }],
      ),
    );
    expect(rc.order).toEqual(['dx', 'hsct', 'inf', 'crs', 'mrd[0]', 'fu']);
  });

  it('a point counted from an approximate offset sorts by its days, not by the file', () => {
    const rc = resolveCase(
      caseWith(
        [
          { id: 'hsct', time: { kind: 'unknown' } },
          {
            id: 'rel',
            time: { kind: 'offset', from: 'hsct', amount: 3, unit: 'month', approximate: true },
          },
          { id: 'inf', time: { kind: 'order', after: ['rel'] } },
        ],
        [{ kind: 'offset', from: 'rel', amount: 0, unit: 'day' }],
      ),
    );
    expect(rc.order).toEqual(['hsct', 'rel', 'mrd[0]', 'inf']);
  });
});
