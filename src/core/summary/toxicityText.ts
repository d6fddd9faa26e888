import { toxicityGrade, type Case, type Grade, type ToxicityEvent } from '../format/index.ts';
import { statedWords } from '../time/describe.ts';

/** A grade in words: "ASTCT grade 3", "grade 1, scale not stated", with the printed form if given. */
function gradeWords(g: Grade): string {
  const { scale, value, asPrinted } = g;
  // A grade whose scale the source does not name stays unnamed: "grade 1, scale not stated".
  const named =
    scale === 'unstated'
      ? `grade ${value}, scale not stated`
      : scale === 'other'
        ? `grade ${value} (other scale)`
        : `${scale} grade ${value}`;
  return asPrinted ? `${named} (printed “${asPrinted}”)` : named;
}

/**
 * How severe a toxicity was, in the source's terms: "ASTCT grade 1", "grade 1, scale not stated",
 * "mild, grade not reported", "not observed". What the source does not give is said to be
 * missing, never inferred. A maximum read from the grade course says so.
 */
export function toxicityGradeText(t: ToxicityEvent): string {
  if (!t.occurred) return 'not observed';
  const parts: string[] = [];
  if (t.severity) parts.push(t.severity);
  const g = toxicityGrade(t);
  if (g && g !== 'not-reported') {
    const fromCourse = t.grade === undefined && t.gradeCourse !== undefined;
    parts.push(fromCourse ? `${gradeWords(g)}, the highest of its course` : gradeWords(g));
  } else {
    parts.push('grade not reported');
  }
  return parts.join(', ');
}

/**
 * A toxicity's grade course in words, one step per entry in file (time) order: "ASTCT grade 2:
 * day 1 after CAR-T infusion". Empty when the toxicity has no course.
 */
export function gradeCourseLines(c: Case, t: ToxicityEvent): string[] {
  return (t.gradeCourse ?? []).map(
    (step) => `${gradeWords(step.grade)}: ${statedWords(c, step.time)}`,
  );
}
