// Shared by the validator tests: the fixtures, and a way to mutate the valid one in code.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Case } from '../../../src/core/format/index.ts';
import { formatProblem, type Problem } from '../../../src/core/validate/problem.ts';
import { validateCaseText } from '../../../src/core/validate/validateCase.ts';

export const ROOT = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const VALID = 'tests/fixtures/valid/minimal-case.json';

/** Text of a fixture, by path from the project root. */
export const readFixture = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

/** A fresh copy of the valid fixture, to corrupt in one place. */
export const baseCase = (): Case => JSON.parse(readFixture(VALID)) as Case;

/** Loose view of a case, for writing values the format forbids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

/** Validates a mutated copy of the valid fixture, pretty-printed like the fixture files. */
export function checkMutation(mutate: (c: Loose) => void, file = 'mutated.json') {
  const c = baseCase() as unknown as Loose;
  mutate(c);
  return validateCaseText(JSON.stringify(c, null, 2), file);
}

/** Validates a fixture file and returns its problems as the CLI prints them. */
export function formattedFixture(rel: string): string[] {
  return validateCaseText(readFixture(rel), rel).problems.map(formatProblem);
}

/** The fields a test usually asserts, without line and column. */
export const essentials = (p: Problem) => ({
  severity: p.severity,
  code: p.code,
  path: p.path,
  expected: p.expected,
  found: p.found,
  fix: p.fix,
});
