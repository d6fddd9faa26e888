import { describe, expect, it } from 'vitest';
import { aucLinearUpLogDown } from '../../../src/core/kinetics/index.ts';

describe('aucLinearUpLogDown', () => {
  it('uses the linear trapezoid on a rising segment', () => {
    // (2 + 6) / 2 × 4 = 16
    expect(
      aucLinearUpLogDown([
        { day: 0, value: 2 },
        { day: 4, value: 6 },
      ]),
    ).toBe(16);
  });

  it('uses the log trapezoid on a falling segment: (C1 − C2) Δt / ln(C1/C2)', () => {
    // (100 − 25) × 2 / ln 4 = 150 / 1.386294 = 108.2021; the linear rule would give 125.
    const area = aucLinearUpLogDown([
      { day: 1, value: 100 },
      { day: 3, value: 25 },
    ]);
    expect(area).toBeCloseTo(150 / Math.log(4), 10);
    expect(area).toBeCloseTo(108.2021, 4);
  });

  it('is exact for exponential decay, where the linear rule overestimates', () => {
    const decay = [0, 2, 4, 6].map((day) => ({ day, value: 1000 * Math.exp(-0.5 * day) }));
    const exact = (1000 / 0.5) * (1 - Math.exp(-3));
    expect(aucLinearUpLogDown(decay)).toBeCloseTo(exact, 9);
  });

  it('falls back to the linear trapezoid when a segment falls to zero', () => {
    expect(
      aucLinearUpLogDown([
        { day: 0, value: 10 },
        { day: 2, value: 0 },
      ]),
    ).toBe(10);
  });

  it('is zero for one point and adds nothing for two points on the same day', () => {
    expect(aucLinearUpLogDown([{ day: 3, value: 10 }])).toBe(0);
    expect(
      aucLinearUpLogDown([
        { day: 0, value: 10 },
        { day: 0, value: 20 },
        { day: 1, value: 20 },
      ]),
    ).toBe(20);
  });
});
