// Properties over many inputs: the validator never throws, and a corrupted field is reported at
// exactly its path wherever it is in the file.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinPath } from '../../../src/core/validate/problem.ts';
import { validateCaseText } from '../../../src/core/validate/validateCase.ts';
import { baseCase, type Loose } from './helpers.ts';

/** Paths of every text value in a JSON value, as steps. */
function stringLeaves(
  v: unknown,
  steps: Array<string | number> = [],
): Array<Array<string | number>> {
  if (typeof v === 'string') return [steps];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringLeaves(x, [...steps, i]));
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => stringLeaves(x, [...steps, k]));
  return [];
}

describe('validateCaseText properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        validateCaseText(text, 'f.json');
      }),
    );
  });

  it('never throws on any JSON value, and always positions its problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { problems } = validateCaseText(JSON.stringify(value, null, 1), 'f.json');
        expect(problems.length).toBeGreaterThan(0);
        for (const p of problems) expect(p.line).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('reports a number put in place of any text field at exactly that path', () => {
    for (const steps of stringLeaves(baseCase())) {
      const c = baseCase() as Loose;
      let holder = c;
      for (const s of steps.slice(0, -1)) holder = holder[s];
      holder[steps[steps.length - 1]!] = 7;
      const { problems } = validateCaseText(JSON.stringify(c, null, 2), 'f.json');
      expect(
        problems.map((p) => p.path),
        joinPath(steps),
      ).toContain(joinPath(steps));
    }
  });
});
