import { describe, expect, it } from 'vitest';
import { curvePath, formatValue, logDomain, logTicks } from '../../../src/core/kinetics/index.ts';

describe('logDomain and logTicks', () => {
  it("encloses Zhou's 350,758 in [1e5, 1e6], widened below to two decades", () => {
    expect(logDomain([350758])).toEqual([1e4, 1e6]);
    expect(logTicks([1e4, 1e6])).toEqual([1e4, 1e5, 1e6]);
  });

  it('centres an exact power of ten in two decades', () => {
    expect(logDomain([1000])).toEqual([100, 10000]);
  });

  it('keeps decimals exact for small values such as MRD 0.014 %', () => {
    expect(logDomain([0.014])).toEqual([0.001, 0.1]);
    expect(logTicks([0.001, 0.1])).toEqual([0.001, 0.01, 0.1]);
  });

  it('spans every value and ignores zeros, negatives and non-numbers', () => {
    expect(logDomain([5, 0, -3, Number.NaN, 350758])).toEqual([1, 1e6]);
    expect(logDomain([])).toEqual([1, 100]);
  });

  it('ticks only at powers of ten inside a domain that is not whole decades', () => {
    expect(logTicks([3, 2000])).toEqual([10, 100, 1000]);
    expect(logTicks([0, 10])).toEqual([]);
  });
});

describe('formatValue', () => {
  it.each([
    [350758, 'copies/μg', '350,758 copies/μg'],
    [0.014, '%', '0.014 %'],
    [26.64, '%', '26.64 %'],
    [1.2345, 'ng/mL', '1.2345 ng/mL'],
    [999_999_999, 'copies/μg', '999,999,999 copies/μg'],
    [1.23e10, 'copies/μg', '1.23 × 10¹⁰ copies/μg'],
    [0.0000123, '', '0.0000123'],
  ])('formats %d %s as "%s"', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });
});

describe('curvePath', () => {
  it('draws nothing for no point or one point', () => {
    expect(curvePath([])).toBe('');
    expect(curvePath([{ x: 10, y: 20 }])).toBe('');
  });

  it('draws a monotone path through two or more points, in x order', () => {
    const d = curvePath([
      { x: 100, y: 10 },
      { x: 0, y: 50 },
      { x: 50, y: 5 },
    ]);
    expect(d.startsWith('M0,50')).toBe(true);
    expect(d.endsWith('100,10')).toBe(true);
  });

  it('skips points that are not numbers', () => {
    expect(
      curvePath([
        { x: 0, y: 1 },
        { x: Number.NaN, y: 2 },
      ]),
    ).toBe('');
  });
});
