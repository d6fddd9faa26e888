import { describe, expect, it } from 'vitest';
import { editDistance, nearest, renderFound } from '../../../src/core/validate/words.ts';

describe('nearest', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('lable', 'label')).toBe(1);
    expect(nearest('lable', ['id', 'label', 'time'])).toBe('label');
  });

  it('matches regardless of case', () => {
    expect(nearest('Crs', ['CRS', 'ICANS'])).toBe('CRS');
  });

  it('suggests nothing for words that are far from every candidate', () => {
    expect(nearest('remission', ['response', 'relapse', 'death'])).toBeNull();
    expect(nearest('xy', ['id'])).toBeNull();
  });
});

describe('renderFound', () => {
  it('describes values in a few words', () => {
    expect(renderFound(undefined)).toBe('nothing');
    expect(renderFound(null)).toBe('null');
    expect(renderFound([1, 2])).toBe('a list of 2 items');
    expect(renderFound({ a: 1 })).toBe('an object');
    expect(renderFound('x'.repeat(80))).toBe(`"${'x'.repeat(59)}…"`);
  });
});
