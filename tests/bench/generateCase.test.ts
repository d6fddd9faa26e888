import { describe, expect, it } from 'vitest';
import {
  SIZES,
  syntheticCase,
  syntheticCaseOfSize,
  type SizeName,
} from '../../bench/synthetic/generateCase.ts';
import { checkCaseText } from '../../src/core/validate/validateCase.ts';
import { checkSyntheticText } from '../../bench/synthetic/checkSynthetic.ts';

describe('syntheticCase', () => {
  it('gives the same case for the same seed and a different one for another seed', () => {
    const a = JSON.stringify(syntheticCase({ events: 400, points: 50, seed: 7 }));
    expect(JSON.stringify(syntheticCase({ events: 400, points: 50, seed: 7 }))).toBe(a);
    expect(JSON.stringify(syntheticCase({ events: 400, points: 50, seed: 8 }))).not.toBe(a);
  });

  it.each(['S', 'M', 'L'] as SizeName[])(
    'size %s has the stated events, three series of the stated points, and validates and resolves',
    (size) => {
      const c = syntheticCaseOfSize(size);
      expect(c.events).toHaveLength(SIZES[size].events);
      expect(c.measurements.map((s) => s.points.length)).toEqual(Array(3).fill(SIZES[size].points));
      const checked = checkSyntheticText(JSON.stringify(c));
      if (!checked.ok) expect.fail(JSON.stringify(checked.errors.slice(0, 3)));
      expect(checked.warnings.filter((w) => w.severity === 'error')).toEqual([]);
      const times = checked.rc.times;
      const placements = c.events.map((e) => times.get(e.id)?.placement);
      expect(placements.filter((p) => p === 'calendar' || p === 'order')).toHaveLength(
        c.events.length,
      );
      expect(checked.rc.problems).toEqual([]);
    },
  );

  it('size S also passes the loader as a whole (it is within the size limits) with no error', () => {
    const { problems, case: c } = checkCaseText(JSON.stringify(syntheticCaseOfSize('S')), 's.json');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(c?.id).toBe('synthetic-s');
  });

  it('is mostly timed: a small share of events is known only by order', () => {
    const c = syntheticCaseOfSize('L');
    const order = c.events.filter((e) => e.time.kind === 'order').length;
    expect(order).toBeGreaterThan(0);
    expect(order / c.events.length).toBeLessThan(0.02);
  });

  it('has every series within the benchmark range of 200 to 2,000 points', () => {
    for (const size of Object.keys(SIZES) as SizeName[]) {
      expect(SIZES[size].points).toBeGreaterThanOrEqual(200);
      expect(SIZES[size].points).toBeLessThanOrEqual(2000);
    }
  });
});
