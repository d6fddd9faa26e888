// Measurements pasted as a column of day / value pairs.
import { describe, expect, it } from 'vitest';
import { Point } from '../../../src/core/format/index.ts';
import { parsePairs, pointsFromPairs } from '../../../src/core/editor/pastePairs.ts';

describe('parsePairs', () => {
  it('reads tabs, commas and spaces alike', () => {
    const { pairs, errors } = parsePairs('0\t1200\n3, 5400\n6 350758\n\n day 14 ; 80');
    expect(errors).toEqual([]);
    expect(pairs.map((p) => [p.line, p.day, p.value])).toEqual([
      [1, 0, 1200],
      [2, 3, 5400],
      [3, 6, 350758],
      [5, 14, 80],
    ]);
  });

  it('reads censored and bounded values with the format’s qualifiers, keeping the print', () => {
    const { pairs } = parsePairs('-2\t<10\n1\t>5000\n28\tundetectable');
    expect(pairs).toEqual([
      { line: 1, day: -2, value: 10, qualifier: 'below-detection', asPrinted: '<10' },
      { line: 2, day: 1, value: 5000, qualifier: 'above-limit', asPrinted: '>5000' },
      { line: 3, day: 28, qualifier: 'undetectable', asPrinted: 'undetectable' },
    ]);
  });

  it('names each bad line with what it expected, and keeps the good ones', () => {
    const { pairs, errors } = parsePairs('Day\tCopies\n3\t12x\n4\n5\t60');
    expect(pairs.map((p) => p.day)).toEqual([5]);
    expect(errors).toEqual([
      { line: 1, message: '"Day": expected a whole day number such as 7 or -3' },
      { line: 2, message: '"12x": expected a value such as 1200, <10, >5000 or "undetectable"' },
      { line: 3, message: 'expected two cells, a day and a value (e.g. "7	1200"), found 1' },
    ]);
  });
});

describe('pointsFromPairs', () => {
  it('makes points counted in days from the anchor that the format accepts', () => {
    const prov = { source: 's', locator: 'Figure 2B', basis: 'stated' as const };
    const pts = pointsFromPairs(parsePairs('6\t350758\n1\t>5000').pairs, 'car-t', prov);
    expect(pts[0]).toEqual({
      time: { kind: 'offset', from: 'car-t', amount: 6, unit: 'day' },
      value: 350758,
      provenance: prov,
    });
    for (const p of pts) expect(Point.safeParse(p).success).toBe(true);
  });
});
