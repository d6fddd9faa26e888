// Small hand-made cases: each test states exactly the facts it depends on.
import type { Event, Provenance } from '../../../src/core/format/index.ts';
import type { ResolvedCase } from '../../../src/core/time/types.ts';

export { derived, makeCase, stated } from '../../fixtures/makeCase.ts';
import { stated } from '../../fixtures/makeCase.ts';

/** A resolved case that only fixes the order of the given node keys. */
export function orderOnly(order: string[]): ResolvedCase {
  const bounds = { calendar: () => [null, null] as [null, null], between: () => null };
  return { times: new Map(), order, anchors: [], defaultAnchor: null, problems: [], bounds };
}

const unknownTime = { kind: 'unknown' } as const;

export const ev = {
  response: (id: string, label = id): Event => ({
    id,
    kind: 'response',
    label,
    assessment: 'CR',
    time: unknownTime,
    provenance: stated,
  }),
  followUp: (id: string, provenance: Provenance = stated): Event => ({
    id,
    kind: 'follow-up',
    label: `follow-up ${id}`,
    status: 'in-remission',
    time: unknownTime,
    provenance,
  }),
  death: (id: string, provenance: Provenance = stated): Event => ({
    id,
    kind: 'death',
    label: `death ${id}`,
    time: unknownTime,
    provenance,
  }),
  plan: (id: string): Event => ({
    id,
    kind: 'plan',
    label: `plan ${id}`,
    planned: 'transplant',
    time: unknownTime,
    provenance: stated,
  }),
  infusion: (id: string): Event => ({
    id,
    kind: 'car-t-infusion',
    label: 'CAR-T',
    product: 'p',
    time: unknownTime,
    provenance: stated,
  }),
};
