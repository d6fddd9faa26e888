import { describe, expect, it } from 'vitest';
import { sharedLogDomains } from '../../../src/core/compare/index.ts';
import type { Series } from '../../../src/core/format/index.ts';
import { logDomain } from '../../../src/core/kinetics/index.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';

const at = (day: number) =>
  ({ kind: 'date', date: `2024-01-${String(day).padStart(2, '0')}` }) as const;
const series = (id: string, values: number[], over: Partial<Series> = {}): Series => ({
  id,
  quantity: 'car-transgene',
  label: 'CAR copies',
  unit: 'copies/μg',
  provenance: stated,
  points: values.map((value, i) => ({ time: at(i + 1), value, provenance: stated })),
  ...over,
});

describe('sharedLogDomains(cases)', () => {
  it('gives series of the same quantity and unit one domain spanning both cases', () => {
    const a = makeCase([], { measurements: [series('copies-a', [120, 3400])] });
    const b = makeCase([], { measurements: [series('copies-b', [350758])] });
    const [da, db] = sharedLogDomains([a, b]);
    const both = logDomain([120, 3400, 350758]);
    expect(da!.get('copies-a')).toEqual(both);
    expect(db!.get('copies-b')).toEqual(both);
    // Alone, case a would have stopped a decade or more lower.
    expect(logDomain([120, 3400])[1]).toBeLessThan(both[1]);
  });

  it('leaves series alone that have no counterpart, other units, or no readable values', () => {
    const a = makeCase([], {
      measurements: [
        series('copies', [100]),
        series('flow', [5], { quantity: 'car-t-flow', unit: '%' }),
      ],
    });
    const b = makeCase([], {
      measurements: [
        series('copies-per-ml', [100], { unit: 'copies/mL' }),
        series('flow-figure', [], { quantity: 'car-t-flow', unit: '%', valuesReported: false }),
      ],
    });
    const [da, db] = sharedLogDomains([a, b]);
    expect(da!.size).toBe(0);
    expect(db!.size).toBe(0);
  });

  it('ignores censored values when spanning the domain', () => {
    const a = makeCase([], {
      measurements: [series('a', [1000])],
    });
    const b = makeCase([], {
      measurements: [
        {
          ...series('b', [1e-6]),
          points: [{ time: at(1), value: 1e-6, qualifier: 'undetectable', provenance: stated }],
        },
      ],
    });
    const [da] = sharedLogDomains([a, b]);
    expect(da!.get('a')).toEqual(logDomain([1000]));
  });
});
