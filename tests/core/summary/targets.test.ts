import { describe, expect, it } from 'vitest';
import { productTargets } from '../../../src/core/summary/targets.ts';
import { derived, stated } from './fixtures.ts';

describe('productTargets(products)', () => {
  it('lists each target once, stated if any product states it', () => {
    const targets = productTargets([
      { id: 'a', label: 'first', targets: { value: ['CD19'], provenance: derived('implied') } },
      { id: 'b', label: 'second', targets: { value: ['CD19', 'CD22'], provenance: stated } },
    ]);
    expect(targets).toEqual([
      { target: 'CD19', derived: false },
      { target: 'CD22', derived: false },
    ]);
  });

  it('keeps a target derived when no product states it', () => {
    expect(
      productTargets([
        { id: 'a', label: 'a', targets: { value: ['CD7'], provenance: derived('x') } },
      ]),
    ).toEqual([{ target: 'CD7', derived: true }]);
  });

  it('returns nothing for products without targets: the view says "target not stated"', () => {
    expect(productTargets([{ id: 'a', label: 'CAR-T in a trial' }])).toEqual([]);
  });
});
