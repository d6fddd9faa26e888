import type { Event, TimeSpec } from '../../../src/core/format/index.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';

/** A minimal valid case around the given events (and MRD points at the given times), for resolver tests. */
export function caseWith(
  events: Array<Partial<Event> & { id: string; time: TimeSpec }>,
  points: TimeSpec[] = [],
) {
  return makeCase(
    events.map((e) => ({ kind: 'other', label: e.id, provenance: stated, ...e }) as Event),
    {
      measurements: points.length
        ? [
            {
              id: 'mrd',
              quantity: 'MRD',
              label: 'MRD',
              unit: '%',
              provenance: stated,
              points: points.map((time) => ({ time, value: 1, provenance: stated })),
            },
          ]
        : [],
    },
  );
}
