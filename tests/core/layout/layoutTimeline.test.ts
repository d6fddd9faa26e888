import { describe, expect, it } from 'vitest';
import type { Case, Event } from '../../../src/core/format/index.ts';
import { layoutTimeline, type LayoutOptions, type Mark } from '../../../src/core/layout/index.ts';
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
    expect(byKey.get('plan')).toMatchObject({ plan: true, place: { kind: 'slot' } });
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

  it('flags a window drawn across an order band instead of stretching it silently', () => {
    const c = caseWith([
      { id: 'a', time: date('2020-01-01') },
      { id: 'x', time: { kind: 'order', after: ['a'] } },
      { id: 'w', time: { kind: 'order', after: ['a'], notAfter: '2020-02-01' } },
      { id: 'b', time: date('2020-01-10') },
    ]);
    const byKey = new Map(allMarks(layout(c)).map((m) => [m.key, m]));
    expect(byKey.get('w')).toMatchObject({ crossesBand: true, place: { kind: 'window' } });
    expect(byKey.get('b')!.crossesBand).toBeUndefined();
  });
});
