import { describe, expect, it } from 'vitest';
import type { Case, Event } from '../../../src/core/format/index.ts';
import {
  layoutTimeline,
  treatmentLinks,
  type LayoutOptions,
} from '../../../src/core/layout/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';
import { CAL } from './helpers.ts';

const date = (d: string) => ({ kind: 'date' as const, date: d });
const ev = (e: Partial<Event> & { id: string; kind: Event['kind'] }) =>
  ({ label: e.id, provenance: stated, time: date('2020-01-01'), ...e }) as Event;
const links = (c: Case, opts: Partial<LayoutOptions> = {}) =>
  treatmentLinks(layoutTimeline(c, resolveCase(c), { frame: CAL, ...opts }), c);

const toxicity = (id: string, treatedBy: string[], over: Partial<Event> = {}) =>
  ev({ id, kind: 'toxicity', toxicity: 'CRS', occurred: true, treatedBy, ...over } as Event);

const therapy = (id: string, time: Event['time'] = date('2020-01-13')) =>
  ev({ id, kind: 'therapy', category: 'anti-cytokine', time });

const infusion = ev({ id: 'inf', kind: 'car-t-infusion', product: 'p', time: date('2020-01-10') });

describe('treatmentLinks(layout, case)', () => {
  it('links each treatment a toxicity lists to it, in the order the toxicity lists them', () => {
    const c = makeCase([
      infusion,
      toxicity('crs', ['toci', 'mp'], { time: date('2020-01-11') }),
      therapy('toci', date('2020-01-13')),
      ev({
        id: 'mp',
        kind: 'therapy',
        category: 'steroid',
        time: { kind: 'order', after: ['toci'] },
      }),
    ]);
    expect(links(c)).toEqual([
      { from: 'toci', to: 'crs' },
      { from: 'mp', to: 'crs' },
    ]);
  });

  it('accepts every treatment kind and one link per repeated id', () => {
    const c = makeCase([
      infusion,
      toxicity('gvhd', ['rux', 'cy', 'rux', 'ld'], { toxicity: 'GVHD', time: date('2020-02-01') }),
      ev({ id: 'rux', kind: 'immunotherapy', modality: 'targeted', time: date('2020-02-02') }),
      ev({ id: 'cy', kind: 'chemotherapy', time: date('2020-02-03') }),
      ev({ id: 'ld', kind: 'lymphodepletion', time: date('2020-01-05') }),
    ]);
    expect(links(c).map((l) => l.from)).toEqual(['rux', 'cy', 'ld']);
  });

  it('gives no link to an event that is not a treatment, or to an id the case lacks', () => {
    const c = makeCase([infusion, toxicity('crs', ['inf', 'nope', 'crs'])]);
    expect(links(c)).toEqual([]);
  });

  it('leaves out links whose treatment or toxicity lane is hidden', () => {
    const c = makeCase([infusion, toxicity('crs', ['toci']), therapy('toci')]);
    expect(links(c)).toHaveLength(1);
    expect(links(c, { hiddenLanes: ['therapy'] })).toEqual([]);
    expect(links(c, { hiddenLanes: ['toxicity'] })).toEqual([]);
  });

  it('leaves out a treatment with no time and no order (listed, not drawn)', () => {
    const c = makeCase([infusion, toxicity('crs', ['toci']), therapy('toci', { kind: 'unknown' })]);
    const layout = layoutTimeline(c, resolveCase(c), { frame: CAL });
    expect(layout.unplaced.map((m) => m.key)).toContain('toci');
    expect(treatmentLinks(layout, c)).toEqual([]);
  });

  it('returns nothing for a case without treatedBy', () => {
    expect(links(makeCase([infusion, toxicity('crs', [])]))).toEqual([]);
  });
});
