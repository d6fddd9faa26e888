// A toxicity's grade course (format 1.1) lists the grades it went through; what the timeline
// draws is still one grade per toxicity, the maximum, read from the course when none is stated.
import type { Grade, GradeStep, ToxicityEvent } from './event.ts';

/** The step with the highest grade of a course (the first of equal ones); null for an empty course. */
export function courseMaximum(course: readonly GradeStep[]): GradeStep | null {
  let top: GradeStep | null = null;
  for (const step of course) if (!top || step.grade.value > top.grade.value) top = step;
  return top;
}

/**
 * The grade a toxicity is drawn and summarised with: its stated "grade", else the maximum of its
 * grade course, else undefined (no grade field at all).
 */
export function toxicityGrade(e: ToxicityEvent): Grade | 'not-reported' | undefined {
  if (e.grade !== undefined) return e.grade;
  const top = e.gradeCourse ? courseMaximum(e.gradeCourse) : null;
  return top ? top.grade : undefined;
}
