// A case at the scale of years of follow-up: validation must finish and stay exact there. How fast it
// is belongs to the benchmark (docs/performance.md), not to a timed unit test.

import { describe, expect, it } from 'vitest';
import { validateCaseText } from '../../../src/core/validate/validateCase.ts';
import { baseCase, type Loose } from './helpers.ts';

function bigCase(n: number): string {
  const c = baseCase() as Loose;
  const provenance = { source: 'fixture-src', locator: 'Synthetic', basis: 'stated' };
  for (let i = 0; i < n; i++) {
    const time =
      i % 2 === 0
        ? { kind: 'date', date: '2024-03-01' }
        : { kind: 'offset', from: i > 1 ? `e${i - 2}` : 'car-t', amount: 1, unit: 'day' };
    c.events.push({ id: `e${i}`, kind: 'other', label: `Event ${i}`, time, provenance });
  }
  return JSON.stringify(c, null, 2);
}

describe('validateCaseText on a 20,000-event case', () => {
  const text = bigCase(20_000);

  it('validates it with no problems', { timeout: 30_000 }, () => {
    const r = validateCaseText(text, 'big.json');
    expect(r.problems).toEqual([]);
  });

  it('locates a problem at its exact path and line', { timeout: 30_000 }, () => {
    const broken = text.replace('"Event 19999"', '42').replace('"from": "e0"', '"from": "e-0"');
    const r = validateCaseText(broken, 'big.json');
    expect(r.problems.map((p) => p.path)).toEqual(['events[20003].label']);
    expect(r.problems[0]!.line).toBeGreaterThan(100_000);
  });
});
