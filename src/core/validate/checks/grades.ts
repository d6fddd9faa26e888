// A grade only means something on its scale: the range of each scale, and what it grades.

import type { Case, Event, Grade } from '../../format/index.ts';
import { error, type Draft } from '../draft.ts';
import { andList, quoteList } from '../words.ts';

type Toxicity = Extract<Event, { kind: 'toxicity' }>['toxicity'];

interface Scale {
  max: number;
  /** Toxicities the scale grades; null when it grades any. */
  grades: Toxicity[] | null;
  meaning?: string;
}

// ASTCT consensus grades CRS and ICANS 1–4; CTCAE 1–5 (5 = death); MAGIC and Glucksberg grade
// acute GVHD I–IV; NIH global severity of chronic GVHD is mild, moderate, severe (1–3).
const SCALES: Partial<Record<Grade['scale'], Scale>> = {
  ASTCT: { max: 4, grades: ['CRS', 'ICANS'] },
  CTCAE: { max: 5, grades: null },
  MAGIC: { max: 4, grades: ['GVHD'] },
  Glucksberg: { max: 4, grades: ['GVHD'] },
  NIH: { max: 3, grades: ['GVHD'], meaning: ' (1 mild, 2 moderate, 3 severe)' },
  // A grade printed without its scale: every scale in use stops at 5.
  unstated: { max: 5, grades: null },
};

/** Scales that can grade a toxicity, for the fix text. */
function scalesFor(t: Toxicity): string[] {
  const names = Object.entries(SCALES)
    .filter(([, s]) => s.grades === null || s.grades.includes(t))
    .map(([name]) => name);
  return [...names, 'other'];
}

/** Problems of one grade of a toxicity, found at `at`: a scale that does not grade it, a value off its scale. */
export function checkGrade(toxicity: Toxicity, g: Grade, at: string): Draft[] {
  const out: Draft[] = [];
  const scale = SCALES[g.scale];
  if (!scale) return out;
  if (scale.grades && !scale.grades.includes(toxicity)) {
    const fitting = scalesFor(toxicity);
    out.push(
      error(
        'grade-scale-mismatch',
        `${at}.scale`,
        `a scale that grades ${toxicity}: ${quoteList(fitting)}`,
        `"${g.scale}", which grades only ${andList(scale.grades)}`,
        `Set "scale" to the one the source uses for ${toxicity}.`,
      ),
    );
  }
  if (g.value < 1 || g.value > scale.max) {
    out.push(
      error(
        'grade-out-of-range',
        `${at}.value`,
        `a grade from 1 to ${scale.max} on the ${g.scale} scale${scale.meaning ?? ''}`,
        String(g.value),
        `Use the grade the source prints; if it uses another scale, change "scale" to match.`,
      ),
    );
  }
  return out;
}

/** Reports grades outside their scale, scales used for the wrong toxicity, and grades of things that did not happen. */
export function checkGrades(c: Case): Draft[] {
  const out: Draft[] = [];
  c.events.forEach((e, i) => {
    if (e.kind !== 'toxicity' || e.grade === undefined || e.grade === 'not-reported') return;
    const at = `events[${i}].grade`;
    const g = e.grade;
    if (!e.occurred) {
      out.push(
        error(
          'grade-without-toxicity',
          at,
          'no grade on a toxicity that did not occur',
          `${g.scale} grade ${g.value} with "occurred": false`,
          'Remove "grade", or set "occurred" to true if the source reports it.',
        ),
      );
    }
    out.push(...checkGrade(e.toxicity, g, at));
  });
  return out;
}
