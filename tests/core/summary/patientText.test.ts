import { describe, expect, it } from 'vitest';
import { diseaseText, patientText } from '../../../src/core/summary/patientText.ts';
import type { Patient } from '../../../src/core/format/index.ts';
import { derived, stated } from './fixtures.ts';

const disease = { name: 'B-ALL', provenance: stated };
const age = (years: number) => ({ years, at: { kind: 'unknown' as const }, provenance: stated });

describe('patientText(patient)', () => {
  it.each<[Patient, string]>([
    [{ disease, sex: { value: 'female', provenance: stated }, age: age(61) }, '61-year-old woman'],
    [{ disease, sex: { value: 'male', provenance: stated }, age: age(34) }, '34-year-old man'],
    [{ disease, sex: { value: 'female', provenance: stated }, age: age(9) }, '9-year-old girl'],
    [{ disease, age: age(80) }, '80-year-old, sex not reported'],
    [{ disease, sex: { value: 'male', provenance: stated } }, 'man, age not reported'],
    [{ disease }, 'age and sex not reported'],
  ])('describes %j as "%s"', (p, text) => {
    expect(patientText(p).text).toBe(text);
  });

  it('lists derived facts with the reason', () => {
    const p: Patient = {
      disease,
      sex: { value: 'female', provenance: derived('pronouns') },
      age: age(70),
    };
    expect(patientText(p).derived).toEqual([{ fact: 'sex', reason: 'pronouns' }]);
  });
});

describe('diseaseText(patient)', () => {
  it('adds abbreviation and subtype when given', () => {
    expect(diseaseText({ disease: { ...disease, abbreviation: 'B', subtype: 'CD19+' } })).toBe(
      'B-ALL (B), CD19+',
    );
  });
});
