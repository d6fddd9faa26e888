import { describe, expect, it } from 'vitest';
import { packRows } from '../../../src/core/layout/index.ts';

describe('packRows', () => {
  it('puts overlapping spans in separate rows', () => {
    expect(
      packRows([
        { lo: 0, hi: 10 },
        { lo: 5, hi: 15 },
        { lo: 8, hi: 9 },
      ]),
    ).toEqual({
      rows: [0, 1, 2],
      count: 3,
    });
  });

  it('lets spans that do not overlap (or only touch) share a row', () => {
    expect(
      packRows([
        { lo: 0, hi: 10 },
        { lo: 10, hi: 20 },
        { lo: 25, hi: 30 },
      ]),
    ).toEqual({
      rows: [0, 0, 0],
      count: 1,
    });
  });

  it('reuses the lowest free row and uses no more rows than the deepest overlap', () => {
    const spans = [
      { lo: 0, hi: 100 }, // long period
      { lo: 0, hi: 5 },
      { lo: 6, hi: 12 },
      { lo: 10, hi: 20 },
      { lo: 21, hi: 30 },
    ];
    expect(packRows(spans)).toEqual({ rows: [0, 1, 1, 2, 1], count: 3 });
  });

  it('is deterministic: input order breaks ties, whatever order equal spans come in', () => {
    const spans = [
      { lo: 3, hi: 4 },
      { lo: 3, hi: 4 },
      { lo: 3, hi: 4 },
    ];
    expect(packRows(spans).rows).toEqual([0, 1, 2]);
  });
});
