import type { Case, Event, TimeSpec } from '../../../src/core/format/index.ts';

const prov = { source: 'src', locator: 'test fixture', basis: 'stated' as const };

/** A minimal valid case around the given events, for resolver tests (fixture, not patient data). */
export function caseWith(
  events: Array<Partial<Event> & { id: string; time: TimeSpec }>,
  points: TimeSpec[] = [],
): Case {
  return {
    formatVersion: 1,
    id: 'fixture',
    title: 'Fixture',
    summary: 'Resolver fixture.',
    patient: { disease: { name: 'ALL', provenance: prov } },
    sources: [{ id: 'src', type: 'web-page', authors: [], title: 'Fixture source' }],
    products: [],
    events: events.map((e) => ({ kind: 'other', label: e.id, provenance: prov, ...e }) as Event),
    measurements: points.length
      ? [
          {
            id: 'mrd',
            quantity: 'MRD',
            label: 'MRD',
            unit: '%',
            provenance: prov,
            points: points.map((time) => ({ time, value: 1, provenance: prov })),
          },
        ]
      : [],
    curation: { curatedOn: '2026-11-22', notes: [] },
  };
}
