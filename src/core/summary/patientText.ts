import type { Patient } from '../format/index.ts';

/** A one-line description of the patient, and which of its facts the curator derived and why. */
export interface PatientText {
  text: string;
  derived: Array<{ fact: 'age' | 'sex'; reason: string }>;
}

/**
 * "61-year-old woman", "woman, age not reported", "age and sex not reported".
 * Missing facts are named as missing, never guessed.
 */
export function patientText(p: Patient): PatientText {
  const years = p.age?.years;
  const sex = p.sex?.value;
  const noun = sex === undefined ? undefined : personNoun(sex, years);
  const derived: PatientText['derived'] = [];
  if (p.age?.provenance.basis === 'derived')
    derived.push({ fact: 'age', reason: p.age.provenance.reason });
  if (p.sex?.provenance.basis === 'derived')
    derived.push({ fact: 'sex', reason: p.sex.provenance.reason });
  let text: string;
  if (years !== undefined && noun) text = `${years}-year-old ${noun}`;
  else if (years !== undefined) text = `${years}-year-old, sex not reported`;
  else if (noun) text = `${noun}, age not reported`;
  else text = 'age and sex not reported';
  return { text, derived };
}

// Children are "girl"/"boy": "a 9-year-old woman" would read as an error.
function personNoun(sex: 'female' | 'male', years: number | undefined): string {
  const child = years !== undefined && years < 18;
  if (sex === 'female') return child ? 'girl' : 'woman';
  return child ? 'boy' : 'man';
}

/** "T-cell acute lymphoblastic leukaemia (T-ALL), relapsed/refractory" from the disease fact. */
export function diseaseText(p: Patient): string {
  const d = p.disease;
  const abbr = d.abbreviation ? ` (${d.abbreviation})` : '';
  const subtype = d.subtype ? `, ${d.subtype}` : '';
  return `${d.name}${abbr}${subtype}`;
}
