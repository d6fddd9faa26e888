// The checks that need a structurally valid case, in the order their problems are listed.

import type { Case } from '../format/index.ts';
import { resolveCase } from '../time/resolve.ts';
import type { ResolvedCase } from '../time/types.ts';
import { error, type Draft } from './draft.ts';
import { checkGrades } from './checks/grades.ts';
import { checkCourseOrder, checkGradeCourses } from './checks/gradeCourse.ts';
import { checkDuplicateIds } from './checks/ids.ts';
import { checkMarkup } from './checks/markup.ts';
import { checkOddities } from './checks/oddities.ts';
import { checkRanges } from './checks/ranges.ts';
import { checkReferences } from './checks/references.ts';
import { checkSeries } from './checks/series.ts';
import { checkSourceDates } from './checks/sourceDates.ts';
import { checkSources } from './checks/sources.ts';
import { checkTimes } from './checks/times.ts';
import { checkVersion } from './checks/version.ts';

/** Semantic problems of a case whose structure is valid, plus its resolved times (null if resolving failed). */
export function checkCase(c: Case): { drafts: Draft[]; resolved: ResolvedCase | null } {
  const drafts = [
    ...checkVersion(c),
    ...checkDuplicateIds(c),
    ...checkSources(c),
    ...checkReferences(c),
    ...checkSourceDates(c),
    ...checkRanges(c),
    ...checkGrades(c),
    ...checkGradeCourses(c),
    ...checkSeries(c),
  ];
  let resolved: ResolvedCase | null = null;
  // The resolver keys nodes by event and series id; with a repeated id its answer means nothing.
  if (
    drafts.some(
      (d) =>
        d.code === 'duplicate-id' &&
        !d.path.startsWith('sources') &&
        !d.path.startsWith('products'),
    )
  ) {
    drafts.push(...checkOddities(c), ...checkMarkup(c));
    return { drafts, resolved };
  }
  try {
    resolved = resolveCase(c);
    drafts.push(
      ...checkTimes(
        c,
        resolved,
        drafts.map((d) => d.path),
      ),
      ...checkCourseOrder(c, resolved),
    );
  } catch (e) {
    // A resolver bug must not take the whole library down: report it against the file instead.
    const message = e instanceof Error ? e.message : String(e);
    drafts.push(
      error(
        'time-resolution-failed',
        'events',
        'times that can be placed on the timeline',
        `an internal error (${message})`,
        'Report this file to the Caselines maintainers; meanwhile check its times by hand.',
      ),
    );
  }
  drafts.push(...checkOddities(c), ...checkMarkup(c));
  return { drafts, resolved };
}
