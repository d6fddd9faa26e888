// A result above the assay's upper limit (format 1.1) is a limit, not a value: it is never the
// curve, the peak or Cmax, and it sits at its limit on the y axis, not on the floor.

import { describe, expect, it } from 'vitest';
import { kineticsSummary } from '../../../src/core/kinetics/index.ts';
import { kineticsY } from '../../../src/scene/kinetics.ts';
import { syntheticCase, type Sample } from './synthetic.ts';

const summaryOf = (samples: Sample[]) => {
  const { c, rc } = syntheticCase(samples);
  return kineticsSummary(c, rc, 'copies', 'cart');
};

describe('kineticsSummary with a result above the upper limit', () => {
  const s = summaryOf([
    [1, 100],
    [3, 100000, 'above-limit'],
    [7, 1000],
    [14, 50],
  ]);

  it('marks the point censored and above, keeping its limit as the value', () => {
    expect(s.points[1]).toMatchObject({ day: 3, value: 100000, censored: true, above: true });
    expect(s.points[0]!.above).toBeUndefined();
  });

  it('names no derived peak and computes no Cmax or AUC when it falls in days 0–28', () => {
    expect(s.peak).toBeNull();
    expect([s.cmax, s.tmax, s.auc0_28, s.enough]).toEqual([null, null, null, false]);
    expect(s.note).toBe(
      'A result above the upper limit in days 0–28: Cmax, Tmax and AUC0–28 not computed. 1 result above the upper limit.',
    );
  });

  it('puts the limit on the log axis, so the mark sits at it and not on the floor', () => {
    const y = kineticsY(s, 0, 200);
    expect(y.domain).toEqual([10, 100000]);
    expect(y.y(100000)).toBeLessThan(y.y(1000));
  });

  it('keeps below-detection results on the floor and out of the domain', () => {
    const below = summaryOf([
      [1, 100],
      [3, 1, 'below-detection'],
      [7, 1000],
    ]);
    expect(below.points[1]).toMatchObject({ censored: true });
    expect(below.points[1]!.above).toBeUndefined();
    // Were its 1 counted, the axis would reach down to 1.
    expect(kineticsY(below, 0, 200).domain).toEqual([10, 1000]);
  });
});
