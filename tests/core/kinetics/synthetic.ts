// A synthetic CAR-T case: infusion on a known date, kinetics points counted in days from it.
import type { Case, Point } from '../../../src/core/format/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';

/** [day after infusion, value, qualifier?] */
export type Sample = [number, number | undefined, Point['qualifier']?];

/** A case with one infusion on 2025-01-01 and a copies/μg series at the given days. */
export function syntheticCase(samples: Sample[], over: { peakAt?: number } = {}) {
  const c: Case = makeCase(
    [
      {
        id: 'cart',
        kind: 'car-t-infusion',
        label: 'CAR-T',
        product: 'p',
        time: { kind: 'date', date: '2025-01-01' },
        provenance: stated,
      },
    ],
    {
      measurements: [
        {
          id: 'copies',
          quantity: 'car-transgene',
          label: 'CAR copies',
          unit: 'copies/μg',
          provenance: stated,
          points: samples.map(([day, value, qualifier], i) => {
            const p: Point = {
              time: { kind: 'offset', from: 'cart', amount: day, unit: 'day' },
              provenance: stated,
            };
            if (value !== undefined) p.value = value;
            if (qualifier) p.qualifier = qualifier;
            if (over.peakAt === i) p.peak = true;
            return p;
          }),
        },
      ],
    },
  );
  return { c, rc: resolveCase(c) };
}
