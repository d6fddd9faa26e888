// A toxicity's grade course (format 1.1): its steps are graded like any grade, listed in time
// order, and agree with the stated maximum when the file gives one.

import {
  courseMaximum,
  type Case,
  type Grade,
  type GradeStep,
  type TimeSpec,
} from '../../format/index.ts';
import { calendarRange } from '../../time/calendarSpec.ts';
import { statedWords } from '../../time/describe.ts';
import { offsetParent } from '../../time/nodes.ts';
import { offsetDays } from '../../time/offset.ts';
import { sourceDateRange } from '../../time/sourceDate.ts';
import type { ResolvedCase } from '../../time/types.ts';
import { error, type Draft } from '../draft.ts';
import { checkGrade } from './grades.ts';

const gradeName = (g: Grade) => `${g.scale} grade ${g.value}`;

/**
 * Reports a course on a toxicity that did not occur, steps graded off their scale, steps on
 * different scales, and a stated "grade" that is not the course's highest step.
 */
export function checkGradeCourses(c: Case): Draft[] {
  const out: Draft[] = [];
  c.events.forEach((e, i) => {
    if (e.kind !== 'toxicity' || !e.gradeCourse) return;
    const at = `events[${i}].gradeCourse`;
    if (!e.occurred) {
      out.push(
        error(
          'grade-without-toxicity',
          at,
          'no grade course on a toxicity that did not occur',
          `a course of ${e.gradeCourse.length} with "occurred": false`,
          'Remove "gradeCourse", or set "occurred" to true if the source reports it.',
        ),
      );
    }
    const first = e.gradeCourse[0]!.grade.scale;
    e.gradeCourse.forEach((step, k) => {
      out.push(...checkGrade(e.toxicity, step.grade, `${at}[${k}].grade`));
      if (step.grade.scale !== first) {
        out.push(
          error(
            'course-scale-mismatch',
            `${at}[${k}].grade.scale`,
            `"${first}", the scale of the course's first step`,
            `"${step.grade.scale}"`,
            'Grade every step on the scale the source uses; grades on another scale belong in their own toxicity event.',
          ),
        );
      }
    });
    const top = courseMaximum(e.gradeCourse)!;
    const topAt = `${at}[${e.gradeCourse.indexOf(top)}]`;
    const stated = e.grade;
    if (
      stated !== undefined &&
      (stated === 'not-reported' ||
        stated.value !== top.grade.value ||
        stated.scale !== top.grade.scale)
    ) {
      out.push(
        error(
          'grade-contradicts-course',
          `events[${i}].grade`,
          `${gradeName(top.grade)}, the highest grade in "gradeCourse" (${topAt}), or no "grade"`,
          stated === 'not-reported' ? '"not-reported"' : gradeName(stated),
          'Leave "grade" out (the maximum is read from the course), or make it the highest step of the course.',
        ),
      );
    }
  });
  return out;
}

/** Where a step's time can lie, in calendar days or in days from a node without a date; null if not comparable. */
function stepDays(
  c: Case,
  rc: ResolvedCase,
  t: TimeSpec,
): { frame: string; lo: number; hi: number } | null {
  const calendar = (r: { lo: number | null; hi: number | null } | null) =>
    r && r.lo !== null && r.hi !== null ? { frame: 'calendar', lo: r.lo, hi: r.hi } : null;
  switch (t.kind) {
    case 'date':
    case 'month':
    case 'year':
      return calendar(calendarRange(t));
    case 'source-date':
      return calendar(sourceDateRange(c, t.source));
    case 'offset': {
      const parent = rc.times.get(offsetParent(t));
      if (!parent) return null;
      const d = offsetDays(t);
      const dated = calendar(parent.calendar);
      if (dated) return { frame: 'calendar', lo: dated.lo + d.lo, hi: dated.hi + d.hi };
      return {
        frame: `root ${parent.root}`,
        lo: parent.fromRoot.lo + d.lo,
        hi: parent.fromRoot.hi + d.hi,
      };
    }
    default:
      return null;
  }
}

/**
 * Reports a course step that certainly comes before the step listed above it: a course reads
 * from first grade to last. Steps known only by order, or counted from unrelated events, are not
 * compared.
 */
export function checkCourseOrder(c: Case, rc: ResolvedCase): Draft[] {
  const out: Draft[] = [];
  c.events.forEach((e, i) => {
    if (e.kind !== 'toxicity' || !e.gradeCourse) return;
    let prev: {
      step: GradeStep;
      k: number;
      days: NonNullable<ReturnType<typeof stepDays>>;
    } | null = null;
    e.gradeCourse.forEach((step, k) => {
      const days = stepDays(c, rc, step.time);
      if (prev && days && prev.days.frame === days.frame && days.hi < prev.days.lo) {
        out.push(
          error(
            'course-out-of-order',
            `events[${i}].gradeCourse[${k}].time`,
            `a time no earlier than the step before it (gradeCourse[${prev.k}], ${gradeName(prev.step.grade)}: ${statedWords(c, prev.step.time)})`,
            `${gradeName(step.grade)}: ${statedWords(c, step.time)}`,
            'List the steps in the order the grades were reached, earliest first, and check their times against the source.',
          ),
        );
      }
      // A step without comparable days is skipped: the course must still rise in time around it.
      if (days) prev = { step, k, days };
    });
  });
  return out;
}
