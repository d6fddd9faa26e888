import { describe, expect, it } from 'vitest';
import {
  buildCohort,
  cohortAxis,
  firstInfusion,
  rowGeometry,
  swimmerRow,
  type CohortRow,
} from '../../../src/core/cohort/index.ts';
import type { Event, TimeSpec } from '../../../src/core/format/index.ts';
import { keyIntervals, intervalRow } from '../../../src/core/intervals/index.ts';
import { relativeTo, resolveCase } from '../../../src/core/time/index.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';
import { CASE_IDS, epochDay } from '../../data/library.ts';
import { libraryLoads, markerOf, rowOf } from './helpers.ts';

type Loose<E> = { [K in keyof E]?: E[K] };
const ev = (e: Loose<Event> & { id: string; kind: Event['kind']; time: TimeSpec }) =>
  ({ label: e.id, provenance: stated, ...e }) as Event;
const year = (y: number): TimeSpec => ({ kind: 'year', year: y });
const month = (m: string): TimeSpec => ({ kind: 'month', month: m });
const date = (d: string): TimeSpec => ({ kind: 'date', date: d });

function synthetic(events: Event[]) {
  const c = makeCase(events);
  const rc = resolveCase(c);
  return { c, rc, row: swimmerRow(c, rc, c.id, c.title) };
}

/** Every marker of a row against the tight bounds of its days from the first infusion. */
function expectTight(row: CohortRow, rc: ReturnType<typeof resolveCase>, anchor: string) {
  for (const m of row.markers) {
    const r = relativeTo(rc, m.eventId, anchor);
    const p = m.place;
    if (p.kind === 'none') continue;
    const finite = r !== null && r.lo !== null && r.hi !== null;
    if (p.kind === 'order') {
      expect(finite, `${row.id}/${m.eventId} is bounded, yet in an order-only zone`).toBe(false);
      continue;
    }
    expect([p.lo, p.hi], `${row.id}/${m.eventId}`).toEqual([r!.lo, r!.hi]);
    if (p.kind === 'point') {
      expect(p.day).toBe(r!.best);
      expect(p.day).toBeGreaterThanOrEqual(p.lo);
      expect(p.day).toBeLessThanOrEqual(p.hi);
    } else {
      // A window is never given a day: only events with an estimate are points.
      expect(r!.best).toBeNull();
    }
  }
}

describe('swimmer markers read the tight bounds from the first infusion', () => {
  it.each(CASE_IDS)(
    '%s: points and windows are exactly relativeTo’s bounds; order-only zones only where a side is unbounded',
    (id) => {
      const { c, rc, row } = rowOf(id);
      expectTight(row, rc, firstInfusion(c, rc)!);
    },
  );

  it.each(CASE_IDS)('%s: the bar runs over the days the markers are certain to reach', (id) => {
    const { row } = rowOf(id);
    const days = row.markers.flatMap((m) =>
      m.place.kind === 'point'
        ? [m.place.day]
        : m.place.kind === 'window'
          ? [m.place.lo >= 0 ? m.place.lo : m.place.hi <= 0 ? m.place.hi : 0]
          : [],
    );
    const from = Math.min(0, ...days);
    const to = Math.max(0, ...days);
    expect(row.bar).toEqual(from === to ? null : { from, to });
  });

  it('the same bounds as the key intervals: Zhou’s CR within a month, Grandma Sun’s follow-up, Marina’s relapse before CAR-T', () => {
    for (const [id, eventId, rowId] of [
      ['003-zhou', 'cr-after-cart', 'infusion-to-cr'],
      ['001-grandma-sun', 'follow-up-2023', 'last-follow-up'],
    ] as const) {
      const { c, rc, row } = rowOf(id);
      const cell = intervalRow(keyIntervals(c, rc), rowId).cell;
      const p = markerOf(row, eventId).place;
      if (cell.value.kind !== 'days' || (p.kind !== 'point' && p.kind !== 'window'))
        throw new Error(`${id}: not timed`);
      expect([p.lo, p.hi]).toEqual([cell.value.lo, cell.value.hi]);
    }
    // Marina: the relapse's window before day 0 mirrors the table's relapse → infusion range.
    const { c, rc, row } = rowOf('000-marina');
    const cell = intervalRow(keyIntervals(c, rc), 'relapse-to-infusion').cell;
    const p = markerOf(row, 'mrd-relapse').place;
    if (cell.value.kind !== 'days' || p.kind !== 'window') throw new Error('Marina: not bounded');
    // (+ 0 turns the −0 of a negated 0 into 0.)
    expect([-p.hi + 0, -p.lo + 0]).toEqual([cell.value.lo, cell.value.hi]);
  });
});

describe('order-only events with a finite tight window', () => {
  it('are drawn as their window, however wide, never at a point or in a zone', () => {
    const { rc, row } = synthetic([
      ev({ id: 'inf', kind: 'car-t-infusion', time: year(2016), ...{ product: 'p' } }),
      ev({
        id: 'cr',
        kind: 'response',
        time: { kind: 'order', after: ['inf'], before: ['fu'] },
        ...{ assessment: 'CR' },
      }),
      ev({ id: 'fu', kind: 'follow-up', time: month('2023-11'), ...{ status: 'alive' } }),
    ]);
    expect(markerOf(row, 'cr').place).toEqual({
      kind: 'window',
      lo: 0,
      hi: epochDay('2023-11-30') - epochDay('2016-01-01'),
      between: true,
    });
    expectTight(row, rc, 'inf');
  });

  it('take the tight window, not the span between their stated neighbours', () => {
    // "before the follow-up" alone would allow up to November 2023; "not after 2022" is tighter.
    const { rc, row } = synthetic([
      ev({ id: 'inf', kind: 'car-t-infusion', time: year(2016), ...{ product: 'p' } }),
      ev({
        id: 'cr',
        kind: 'response',
        time: { kind: 'order', after: ['inf'], before: ['fu'], notAfter: '2021-12-31' },
        ...{ assessment: 'CR' },
      }),
      ev({ id: 'fu', kind: 'follow-up', time: month('2023-11'), ...{ status: 'alive' } }),
    ]);
    const p = markerOf(row, 'cr').place;
    expect(p).toMatchObject({ kind: 'window', lo: 0 });
    if (p.kind !== 'window') return;
    expect(p.hi).toBe(epochDay('2021-12-31') - epochDay('2016-01-01'));
    expectTight(row, rc, 'inf');
  });

  it('bounded on one side only, go to the order-only zone on their side', () => {
    const { row } = synthetic([
      ev({ id: 'dx', kind: 'diagnosis', time: { kind: 'order', before: ['inf'] } }),
      ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
      ev({
        id: 'cr',
        kind: 'response',
        time: { kind: 'order', after: ['inf'] },
        ...{ assessment: 'CR' },
      }),
    ]);
    expect(markerOf(row, 'dx').place).toEqual({ kind: 'order', zone: 'before', index: 0 });
    expect(markerOf(row, 'cr').place).toEqual({ kind: 'order', zone: 'after', index: 0 });
    expect(row.bar).toBeNull();
  });

  it('a later infusion with a window is not said to be shown by order only', () => {
    const { row } = synthetic([
      ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
      ev({
        id: 'inf-2',
        kind: 'car-t-infusion',
        time: { kind: 'order', after: ['inf'], before: ['fu'] },
        ...{ product: 'p' },
      }),
      ev({ id: 'fu', kind: 'follow-up', time: date('2024-12-01'), ...{ status: 'alive' } }),
    ]);
    expect(markerOf(row, 'inf-2').place.kind).toBe('window');
    expect(row.notes.join(' ')).not.toMatch(/shown by order only/);
  });
});

describe('rowGeometry keeps every mark inside its tight window', () => {
  const cohort = buildCohort(libraryLoads());
  it.each(['symlog', 'linear'] as const)(
    '%s: whiskers and brackets span exactly [lo, hi]; a point’s glyph sits inside it; a bracket’s glyph only labels it from its left',
    (scale) => {
      const axis = cohortAxis(cohort, scale, 760);
      let brackets = 0;
      for (const row of cohort.rows)
        for (const g of rowGeometry(row, axis).markers) {
          const p = g.marker.place;
          if (p.kind === 'point') {
            expect(g.x).toBeGreaterThanOrEqual(axis.x(p.lo) - 1e-9);
            expect(g.x).toBeLessThanOrEqual(axis.x(p.hi) + 1e-9);
            if (p.hi > p.lo)
              expect(g.span).toEqual({ x0: axis.x(p.lo), x1: axis.x(p.hi), kind: 'whisker' });
          } else if (p.kind === 'window') {
            brackets++;
            expect(g.span).toEqual({ x0: axis.x(p.lo), x1: axis.x(p.hi), kind: 'bracket' });
            expect(g.x).toBeLessThan(axis.x(p.lo));
          }
        }
      expect(brackets).toBeGreaterThan(0);
    },
  );
});
