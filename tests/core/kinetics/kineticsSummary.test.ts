import { describe, expect, it } from 'vitest';
import { AUC_METHOD, kineticsSummary } from '../../../src/core/kinetics/index.ts';
import { shipped } from '../glyphs/shipped.ts';
import { syntheticCase, type Sample } from './synthetic.ts';

const summaryOf = (samples: Sample[], over?: { peakAt?: number }) => {
  const { c, rc } = syntheticCase(samples, over);
  return kineticsSummary(c, rc, 'copies', 'cart');
};

// Rise to day 7, fall by decades to day 28; a censored result on day 21 and a late value on day 35.
const CURVE: Sample[] = [
  [0, 10],
  [7, 1000],
  [14, 100],
  [21, 5, 'below-detection'],
  [28, 10],
  [35, 1000],
];

describe('kineticsSummary on a synthetic series', () => {
  const s = summaryOf(CURVE);

  it('places every point in days from the infusion and marks the censored one', () => {
    expect(s.points.map((p) => [p.day, p.value, p.censored])).toEqual([
      [0, 10, false],
      [7, 1000, false],
      [14, 100, false],
      [21, 5, true],
      [28, 10, false],
      [35, 1000, false],
    ]);
    expect(s.scale).toBe('log');
  });

  it('computes AUC0–28 by linear-up/log-down, leaving out the censored point and day 35', () => {
    // Day 0→7 rising, linear: (10 + 1000) / 2 × 7 = 3535.
    // Day 7→14 falling, log: (1000 − 100) × 7 / ln(1000/100) = 6300 / ln 10 = 2736.0552.
    // Day 14→28 falling, log: (100 − 10) × 14 / ln(100/10) = 1260 / ln 10 = 547.2110.
    // Total 6818.2663 (the all-linear rule would give 3535 + 3850 + 770 = 8155).
    expect(s.enough).toBe(true);
    expect(s.auc0_28).toBeCloseTo(6818.2663, 3);
  });

  it('gives the same AUC without the censored point: it is excluded, not read as a value', () => {
    const without = summaryOf(CURVE.filter(([, , q]) => q === undefined));
    expect(without.auc0_28).toBe(s.auc0_28);
  });

  it('takes Cmax and Tmax in days 0–28 only, Tmax at the earliest maximum', () => {
    expect([s.cmax, s.tmax]).toEqual([1000, 7]);
  });

  it('finds the peak as the largest value, earliest day on ties, and says it is not stated', () => {
    expect(s.peak).toEqual({ pointIndex: 1, day: 7, value: 1000, stated: false });
  });

  it('uses the peak the source flags, even when a later value is larger', () => {
    const flagged = summaryOf(
      [
        [7, 800],
        [14, 900],
      ],
      { peakAt: 0 },
    );
    expect(flagged.peak).toEqual({ pointIndex: 0, day: 7, value: 800, stated: true });
  });

  it('says how AUC is computed and what it covers', () => {
    expect(s.method).toBe(AUC_METHOD);
    expect(s.method).toContain('linear-up/log-down');
    expect(s.note).toBe(
      'Cmax 1,000 copies/μg on day 7; AUC0–28 covers days 0–28, the measured span. 1 censored result left out.',
    );
  });
});

describe('kineticsSummary with too few points', () => {
  it('computes no Cmax, Tmax or AUC with two quantified points in days 0–28', () => {
    const s = summaryOf([
      [0, 10],
      [7, 1000],
      [14, 5, 'undetectable'],
      [40, 100],
    ]);
    expect(s).toMatchObject({ enough: false, cmax: null, tmax: null, auc0_28: null });
    expect(s.peak).toMatchObject({ day: 7, value: 1000, stated: false });
    expect(s.note).toBe(
      'Fewer than three points in days 0–28: Cmax, Tmax and AUC0–28 not computed.',
    );
  });

  it('names no peak for a single unflagged value', () => {
    const s = summaryOf([[3, 42]]);
    expect(s.peak).toBeNull();
    expect(s.note).toBe('One measurement: measured on day 3; no curve drawn.');
  });

  it('keeps a censored result with no value as a point without a number', () => {
    const s = summaryOf([[5, undefined, 'undetectable']]);
    expect(s.points[0]).toMatchObject({ day: 5, value: null, censored: true });
    expect(s.peak).toBeNull();
    expect(s.note).toBe('No measured value; 1 result below detection.');
  });

  it('throws for a series the case does not have', () => {
    const { c, rc } = syntheticCase([]);
    expect(() => kineticsSummary(c, rc, 'nope', 'cart')).toThrow(/no measurement series "nope"/);
  });
});

describe('kineticsSummary on the shipped cases', () => {
  it('Zhou: one stated peak of 350,758 copies/μg on day 6, no AUC, no curve', () => {
    const { c, rc } = shipped('003-zhou.json');
    const s = kineticsSummary(c, rc, 'car-copies', 'cart');
    expect(s.peak).toEqual({ pointIndex: 0, day: 6, value: 350758, stated: true });
    expect(s).toMatchObject({ enough: false, auc0_28: null, cmax: null, tmax: null });
    expect(s.points[0]).toMatchObject({
      day: 6,
      dayLo: 6,
      dayHi: 6,
      asPrinted: '350, 758 copies/μg',
    });
    expect(s.note).toBe('One measurement: peak on day 6 as reported; no curve drawn.');
  });

  it('Marina: undetectable MRD on day 13 is censored and carries no value', () => {
    const { c, rc } = shipped('000-marina.json');
    const s = kineticsSummary(c, rc, 'mrd-bm', 'cart');
    expect(s.points[1]).toMatchObject({ day: 13, value: null, censored: true });
    expect(s.points[0]).toMatchObject({ value: 0.014, censored: false });
  });

  it('Kong: a measurement shown without readable values draws nothing and says so', () => {
    const { c, rc } = shipped('004-kong.json');
    const s = kineticsSummary(c, rc, 'car-t-flow', 'cart-2');
    expect(s.points).toEqual([]);
    expect(s.peak).toBeNull();
    expect(s.note).toBe(
      'The source shows this measurement without readable values; nothing is drawn.',
    );
  });
});
