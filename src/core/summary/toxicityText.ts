import type { Event } from '../format/index.ts';

type Toxicity = Extract<Event, { kind: 'toxicity' }>;

/**
 * How severe a toxicity was, in the source's terms: "ASTCT grade 1", "grade 1, scale not stated",
 * "mild, grade not reported", "not observed". What the source does not give is said to be
 * missing, never inferred.
 */
export function toxicityGradeText(t: Toxicity): string {
  if (!t.occurred) return 'not observed';
  const parts: string[] = [];
  if (t.severity) parts.push(t.severity);
  if (t.grade && t.grade !== 'not-reported') {
    const { scale, value, asPrinted } = t.grade;
    // A grade whose scale the source does not name stays unnamed: "grade 1, scale not stated".
    const named =
      scale === 'unstated'
        ? `grade ${value}, scale not stated`
        : scale === 'other'
          ? `grade ${value} (other scale)`
          : `${scale} grade ${value}`;
    parts.push(asPrinted ? `${named} (printed “${asPrinted}”)` : named);
  } else {
    parts.push('grade not reported');
  }
  return parts.join(', ');
}
