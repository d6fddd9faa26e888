// Problems are gathered without file or position, then finished in one place.

import type { Locator } from './locate.ts';
import type { Problem } from './problem.ts';

/** A problem before it knows its file and position; `offset` pins it to a character when the path cannot. */
export type Draft = Omit<Problem, 'file' | 'line' | 'column'> & { offset?: number };

/** Adds file and line/column to drafts; keeps the order in which they were found. */
export function finish(drafts: readonly Draft[], file: string, locator?: Locator): Problem[] {
  // Drafts pinned to an offset need no path search (their paths can be deep in broken text).
  const located =
    locator?.locateAll(drafts.map((d) => (d.offset === undefined ? d.path : ''))) ?? [];
  return drafts.map(({ offset, ...d }, i) => {
    const at = offset !== undefined ? locator?.position(offset) : located[i];
    return at ? { ...d, file, line: at.line, column: at.column } : { ...d, file };
  });
}

/** True when any problem is an error (warnings do not stop a case from loading). */
export function hasErrors(problems: readonly Pick<Problem, 'severity'>[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** An error draft, for brevity in the checks. */
export function error(
  code: string,
  path: string,
  expected: string,
  found: string,
  fix: string,
): Draft {
  return { severity: 'error', code, path, expected, found, fix };
}

/** A warning draft: something odd that does not stop the case from loading. */
export function warning(
  code: string,
  path: string,
  expected: string,
  found: string,
  fix: string,
): Draft {
  return { severity: 'warning', code, path, expected, found, fix };
}
