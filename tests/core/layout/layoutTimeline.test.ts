import { describe, expect, it } from 'vitest';
import type { Case, Event } from '../../../src/core/format/index.ts';
import {
  dayToU,
  layoutTimeline,
  type LayoutOptions,
  type Mark,
} from '../../../src/core/layout/index.ts';
import { dayOfIso } from '../../../src/core/time/days.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { derived, makeCase, stated } from '../../fixtures/makeCase.ts';
import { caseWith } from '../time/caseBuilder.ts';
import { CAL } from './helpers.ts';

const date = (d: string) => ({ kind: 'date' as const, date: d });
const layout = (c: Case, opts: Partial<LayoutOptions> = {}) =>
  layoutTimeline(c, resolveCase(c), { frame: CAL, ...opts });
const allMarks = (l: ReturnType<typeof layout>): Mark[] => l.lanes.flatMap((lane) => lane.marks);
const ev = (e: Partial<Event> & { id: string; kind: Event['kind'] }) =>
  ({ label: e.id, provenance: stated, time: date('2020-01-01'), ...e }) as Event;

describe('layoutTimeline: lanes', () => {
  const c = makeCase(
    [
      ev({ id: 'dx', kind: 'diagnosis' }),
      ev({ id: 'rem', kind: 'response', assessment: 'remission', time: date('2020-02-01') }),
      ev({ id: 'cr', kind: 'response', assessment: 'CR', time: date('2020-02-02') }),
      ev({ id: 'ld', kind: 'lymphodepletion', time: date('2020-01-05') }),
      ev({ id: 'inf', kind: 'car-t-infusion', product: 'p', time: date('2020-01-10') }),
      ev({
        id: 'crs',
        kind: 'toxicity',
        toxicity: 'CRS',
        occurred: true,
        time: date('2020-01-12'),
      }),
      ev({
        id: 'no-icans',
        kind: 'toxicity',
        toxicity: 'ICANS',
        occurred: false,
        time: date('2020-01-12'),
      }),
      ev({ id: 'fu', kind: 'follow-up', status: 'alive', time: date('2020-06-01') }),
      ev({
        id: 'plan',
        kind: 'plan',
        planned: 'transplant',
        time: { kind: 'order', after: ['fu'] },
      }),
      ev({ id: 'pet', kind: 'other', label: 'PET-CT re-evaluation', time: date('2020-03-01') }),
      ev({
        id: 'misc',
        kind: 'other',
        label: 'Moved abroad',
        time: date('2020-03-02'),
        provenance: derived('inferred'),
      }),
    ],
    {
      measurements: [
        {
          id: 'copies',
          quantity: 'car-transgene',
          label: 'CAR copies',
          unit: 'copies/μg',
          provenance: stated,
          points: [
            {
              time: { kind: 'offset', from: 'inf', amount: 7, unit: 'day' },
              value: 35000,
              provenance: stated,
            },
          ],
        },
        {
          id: 'mrd',
          quantity: 'MRD',
          label: 'MRD',
          unit: '%',
          provenance: stated,
          points: [{ time: date('2020-02-02'), qualifier: 'undetectable', provenance: stated }],
        },
        {
          id: 'ferritin',
          quantity: 'ferritin',
          label: 'Ferritin',
          unit: 'ng/mL',
          provenance: stated,
          valuesReported: false,
          points: [],
        },
      ],
    },
  );

  it('puts each kind in its lane, in the default order, omitting lanes without data', () => {
    const l = layout(c);
    expect(l.lanes.map((lane) => [lane.id, lane.marks.map((m) => m.key)])).toEqual([
      ['disease', ['dx', 'rem', 'misc']],
      ['therapy', ['ld']],
      ['cellular', ['inf']],
      ['toxicity', ['crs', 'no-icans']],
      ['response', ['cr', 'pet']],
      ['measurements', ['mrd[0]']],
      ['kinetics', ['copies[0]']],
      ['outcome', ['fu']],
      ['plans', ['plan']],
    ]);
  });

  it('gives each series its own track; unreadable series are listed as figure-only', () => {
    const l = layout(c);
    const m = l.lanes.find((lane) => lane.id === 'measurements')!;
    expect(m.tracks!.map((t) => [t.seriesId, t.row, t.valuesReported])).toEqual([
      ['mrd', 0, true],
      ['ferritin', 1, false],
    ]);
    expect(m.rows).toBe(2);
    expect(l.figureOnly).toEqual([
      { seriesId: 'ferritin', lane: 'measurements', label: 'Ferritin' },
    ]);
  });

  it('carries the flags a reader needs: plan, absent, derived, values as labels', () => {
    const byKey = new Map(allMarks(layout(c)).map((m) => [m.key, m]));
    // A plan known only to follow the follow-up (plans are exempt from the source's date): an
    // open window from the follow-up's day.
    expect(byKey.get('plan')).toMatchObject({
      plan: true,
      place: { kind: 'window', lo: dayOfIso('2020-06-01'), hi: dayOfIso('2020-06-01'), open: true },
    });
    expect(byKey.get('no-icans')).toMatchObject({ absent: true });
    expect(byKey.get('crs')).toMatchObject({ absent: false, derived: false });
    expect(byKey.get('misc')).toMatchObject({ derived: true });
    expect(byKey.get('copies[0]')).toMatchObject({
      label: '35,000 copies/μg',
      seriesId: 'copies',
      pointIndex: 0,
    });
    expect(byKey.get('mrd[0]')!.label).toBe('undetectable');
    expect(byKey.get('inf')!.glyph.legendKey).toBeTruthy();
  });

  it('honours lane order and hidden lanes, and keeps lanes left out of a custom order', () => {
    const l = layout(c, { laneOrder: ['kinetics', 'toxicity'], hiddenLanes: ['plans', 'disease'] });
    expect(l.lanes.map((lane) => lane.id).slice(0, 3)).toEqual(['kinetics', 'toxicity', 'therapy']);
    expect(l.hiddenLanes).toEqual(['disease', 'plans']);
    expect(l.lanes.map((lane) => lane.id)).not.toContain('plans');
  });

  it('packs overlapping marks of one lane into separate rows', () => {
    const tox = layout(c).lanes.find((lane) => lane.id === 'toxicity')!;
    expect(tox.marks.map((m) => m.row).sort()).toEqual([0, 1]);
    expect(tox.rows).toBe(2);
  });
});

describe('layoutTimeline: periods, unplaced and bands', () => {
  it('draws a period from its start u to its end u and packs it by its full length', () => {
    const c = caseWith([
      { id: 'chemo', kind: 'chemotherapy', time: date('2020-01-01'), end: date('2020-03-01') },
      { id: 'rt', kind: 'therapy', category: 'radiotherapy', time: date('2020-02-01') },
    ]);
    const therapy = layout(c).lanes.find((lane) => lane.id === 'therapy')!;
    const chemo = therapy.marks.find((m) => m.key === 'chemo')!;
    expect(chemo.u.end! - chemo.u.at).toBe(60);
    expect(chemo.endPlace).toMatchObject({ kind: 'point' });
    expect(therapy.rows).toBe(2);
  });

  it('lists events with no time and no order as unplaced, once each', () => {
    const c = caseWith([
      { id: 'a', time: date('2020-01-01') },
      { id: 'lost', time: { kind: 'unknown' } },
    ]);
    const l = layout(c);
    expect(l.unplaced.map((m) => m.key)).toEqual(['lost']);
    expect(allMarks(l).map((m) => m.key)).toEqual(['a']);
  });

  it('never draws a window or whisker across an order band: bands sit between timed stretches', () => {
    const c = caseWith([
      { id: 'a', time: date('2020-01-01') },
      { id: 's', time: { kind: 'order', before: ['b'] } },
      { id: 'w', time: { kind: 'order', after: ['a'], notAfter: '2020-02-01' } },
      { id: 'b', time: date('2020-01-10') },
      {
        id: 'p',
        time: { kind: 'date', date: '2020-01-05' },
        end: { kind: 'order', after: ['a'], notAfter: '2020-02-01' },
      },
    ]);
    const l = layout(c);
    const band = l.axis.segments.find((seg) => seg.kind === 'order')!;
    expect(band).toBeDefined();
    const byKey = new Map(allMarks(l).map((m) => [m.key, m]));
    expect(byKey.get('s')!.place.kind).toBe('slot');
    expect(byKey.get('w')!.place).toEqual({
      kind: 'window',
      lo: dayOfIso('2020-01-01'),
      hi: dayOfIso('2020-02-01'),
    });
    for (const m of allMarks(l)) {
      expect(m.crossesBand, m.key).toBeUndefined();
      if (m.place.kind === 'slot') continue;
      const ends = [m.u.lo, m.u.hi, m.u.end ?? m.u.at];
      // Every end lies on the same side of the band.
      expect(new Set(ends.map((u) => u <= band.u0)).size, m.key).toBe(1);
    }
  });
});

describe('layoutTimeline: open windows', () => {
  it('a node known only to follow a dated event runs from that day to the end of the last time segment', () => {
    const c = caseWith([
      { id: 'a', time: date('2020-01-01') },
      { id: 'o', time: { kind: 'order', after: ['a'] } },
      // Over two years wide: a slot, banded after the time piece, so the axis ends in a band.
      { id: 'w', time: { kind: 'order', after: ['a'], notAfter: '2024-01-01' } },
      { id: 'b', time: date('2020-01-10') },
    ]);
    const l = layout(c);
    expect(l.axis.segments.map((seg) => seg.kind)).toEqual(['time', 'order']);
    const lastTime = l.axis.segments[0]!;
    const o = allMarks(l).find((m) => m.key === 'o')!;
    expect(o.place).toEqual({
      kind: 'window',
      lo: dayOfIso('2020-01-01'),
      hi: dayOfIso('2020-01-01'),
      open: true,
    });
    expect(o.u.lo).toBe(dayToU(l.axis, dayOfIso('2020-01-01')));
    expect(o.u.hi).toBe(lastTime.u1);
    expect(o.u.hi).toBeLessThan(l.axis.uMax);
    expect(o.stretch).toBe(-1);
  });

  it('an open window reaches across a break to the last timed stretch', () => {
    const c = caseWith([
      { id: 'a', time: date('2015-01-01') },
      { id: 'o', time: { kind: 'order', after: ['a'] } },
      { id: 'z', time: date('2021-06-01') },
    ]);
    const l = layout(c);
    expect(l.axis.segments.map((seg) => seg.kind)).toEqual(['time', 'break', 'time']);
    const o = allMarks(l).find((m) => m.key === 'o')!;
    expect(o.u.lo).toBe(dayToU(l.axis, dayOfIso('2015-01-01')));
    expect(o.u.hi).toBe(l.axis.segments[2]!.u1);
  });
});

describe('layoutTimeline: stretch', () => {
  const c = makeCase(
    [
      ev({ id: 'inf', kind: 'car-t-infusion', product: 'p', time: date('2020-01-01') }),
      ev({ id: 'later', kind: 'other', time: { kind: 'order', after: ['inf'] } }),
      ev({ id: 'pre', kind: 'other', time: { kind: 'order', before: ['inf'] } }),
    ],
    {
      measurements: [
        {
          id: 'copies',
          quantity: 'car-transgene',
          label: 'CAR copies',
          unit: 'copies/μg',
          provenance: stated,
          points: [7, 14, 800, 830].map((amount, i) => ({
            time: { kind: 'offset' as const, from: 'inf', amount, unit: 'day' as const },
            value: 1000 * (i + 1),
            provenance: stated,
          })),
        },
      ],
    },
  );

  it('kinetics points on either side of a break carry different stretches', () => {
    for (const frame of [CAL, { mode: 'relative' as const, anchor: 'inf' }]) {
      const l = layout(c, { frame });
      const segs = l.axis.segments;
      expect(segs.filter((seg) => seg.kind === 'break')).toHaveLength(1);
      const kin = l.lanes.find((lane) => lane.id === 'kinetics')!.marks;
      const stretches = kin.map((m) => m.stretch);
      expect(stretches[0]).toBe(stretches[1]);
      expect(stretches[2]).toBe(stretches[3]);
      expect(stretches[0]).not.toBe(stretches[2]);
      for (const m of kin) {
        // The stretch is the index of the time segment that holds the point's day.
        const seg = segs[m.stretch]!;
        if (seg.kind !== 'time' || m.place.kind !== 'point')
          throw new Error(`${m.key}: no stretch`);
        expect(seg.d0).toBeLessThanOrEqual(m.place.day);
        expect(m.place.day).toBeLessThanOrEqual(seg.d1);
      }
      const brk = segs.findIndex((seg) => seg.kind === 'break');
      expect(stretches[0]).toBeLessThan(brk);
      expect(stretches[2]).toBeGreaterThan(brk);
    }
  });

  it('marks that are not points at a day have stretch −1', () => {
    const byKey = new Map(allMarks(layout(c)).map((m) => [m.key, m]));
    expect(byKey.get('later')!.place).toMatchObject({ kind: 'window', open: true });
    expect(byKey.get('later')!.stretch).toBe(-1);
    expect(byKey.get('pre')!.place.kind).toBe('slot');
    expect(byKey.get('pre')!.stretch).toBe(-1);
    expect(byKey.get('inf')!.stretch).toBeGreaterThanOrEqual(0);
  });
});
