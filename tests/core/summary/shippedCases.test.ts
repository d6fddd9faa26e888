import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Case } from '../../../src/core/format/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { caseSummary } from '../../../src/core/summary/caseSummary.ts';

function summaryOf(file: string) {
  const c = Case.parse(JSON.parse(readFileSync(`public/data/cases/${file}`, 'utf8')));
  return caseSummary(c, resolveCase(c));
}

// The card line of each shipped case, as a reader of the library would check it against CURATION.md.
describe('caseSummary on the shipped library', () => {
  it.each([
    ['000-marina.json', '61-year-old woman', 'CD7', 'mrd-negative', false],
    ['001-grandma-sun.json', '80-year-old woman', undefined, 'follow-up-2023', false],
    ['002a-pan-case-1.json', 'age and sex not reported', 'CD7', 'death-unconfirmed', true],
    ['002b-pan-case-2.json', 'age and sex not reported', 'CD7', 'favourable-course', false],
    ['003-zhou.json', '34-year-old man', 'CD7', 'remission-ongoing', true],
    ['004-kong.json', '62-year-old woman', 'CD19', 'pet-3m', false],
  ])('%s: %s, target %s, outcome %s (derived: %s)', (file, patient, target, outcome, derived) => {
    const s = summaryOf(file);
    expect(s.patient.text).toBe(patient);
    expect(s.targets.map((t) => t.target)[0]).toBe(target);
    expect(s.outcome?.eventId).toBe(outcome);
    expect(s.outcome?.derived).toBe(derived);
  });
});
