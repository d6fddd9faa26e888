import { toxicityGrade, type Case, type Event } from '../format/index.ts';
import { toxicityGradeText } from './toxicityText.ts';

type Toxicity = Extract<Event, { kind: 'toxicity' }>;

/** A toxicity the library summarises by its maximum grade. */
export type GradedToxicity = 'CRS' | 'ICANS';

/** How a case's maximum grade of one toxicity is known. */
export type MaxGrade = {
  /** Full words, e.g. "grade 1, scale not stated (printed “CRS 1”)". */
  text: string;
  /** Short words for a row head, e.g. "CRS grade 1 (scale not stated)". */
  short: string;
} & (
  | { kind: 'grade'; value: number }
  | { kind: 'occurred-no-grade' }
  | { kind: 'none' }
  | { kind: 'not-reported' }
);

/**
 * The maximum grade of a toxicity as the case reports it. A grade on an unstated scale keeps its
 * number (and says so in its text); the toxicity without a grade, "none" and silence stay three
 * different things, and silence is "not reported", never "none".
 */
export function maxGrade(c: Case, toxicity: GradedToxicity): MaxGrade {
  const all = c.events.filter(
    (e): e is Toxicity => e.kind === 'toxicity' && e.toxicity === toxicity,
  );
  const silent = `${toxicity} not reported`;
  if (all.length === 0) return { kind: 'not-reported', text: silent, short: silent };
  // A grade course's highest step counts as the stated grade does (toxicityGrade).
  const gradeOf = (e: Toxicity) => {
    const g = toxicityGrade(e);
    return g && g !== 'not-reported' ? g : null;
  };
  const graded = all.filter((e) => e.occurred && gradeOf(e));
  if (graded.length > 0) {
    const value = (e: Toxicity) => gradeOf(e)?.value ?? 0;
    const top = graded.reduce((a, b) => (value(b) > value(a) ? b : a));
    const scale = gradeOf(top)?.scale ?? 'unstated';
    const named =
      scale === 'unstated' ? 'scale not stated' : scale === 'other' ? 'other scale' : scale;
    return {
      kind: 'grade',
      value: value(top),
      text: toxicityGradeText(top),
      short: `${toxicity} grade ${value(top)} (${named})`,
    };
  }
  const occurred = all.find((e) => e.occurred);
  if (occurred) {
    const text = `${toxicity}, ${toxicityGradeText(occurred)}`;
    return { kind: 'occurred-no-grade', text, short: `${toxicity}, grade not reported` };
  }
  return { kind: 'none', text: `no ${toxicity} (stated by the source)`, short: `no ${toxicity}` };
}
