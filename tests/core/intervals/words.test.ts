import { describe, expect, it } from 'vitest';
import { spanWords } from '../../../src/core/intervals/index.ts';

describe('spanWords(lo, hi)', () => {
  it('adds nothing under two weeks', () => {
    expect(spanWords(13, 13)).toBeUndefined();
    expect(spanWords(0, 10)).toBeUndefined();
  });

  it('reads a range from day 0 as "within"', () => {
    expect(spanWords(0, 31)).toBe('within ≈ 4 weeks');
  });

  it('joins two rounded ends of the same unit', () => {
    expect(spanWords(2496, 2890)).toBe('≈ 7–8 years');
    expect(spanWords(273, 306)).toBe('≈ 9–10 months');
  });

  it('keeps one phrase when both ends round alike, and both when units differ', () => {
    expect(spanWords(120, 123)).toBe('≈ 4 months');
    expect(spanWords(10, 200)).toBe('10 days to ≈ 7 months');
  });
});
