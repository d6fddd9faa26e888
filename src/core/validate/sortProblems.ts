import type { Problem } from './problem.ts';

/** Orders problems as they appear in the file (whole-file ones first), so a curator can work top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  // Array.prototype.sort is stable: problems at one spot keep the order the checks found them in.
  return problems.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
