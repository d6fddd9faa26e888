// Reading and checking case files from the command line: shared by `npm run validate` and
// `npm run add-case`, so a file is accepted or refused by the same code in both.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Case } from '../src/core/format/index.ts';
import { error, finish } from '../src/core/validate/draft.ts';
import type { Problem } from '../src/core/validate/problem.ts';
import { validateCaseText } from '../src/core/validate/validateCase.ts';

/** What checking some files found. */
export interface Report {
  filesChecked: number;
  problems: Problem[];
  /** The case, when one file was checked and it has no error. */
  case?: Case | null;
}

/** A path as shown to the user: relative to where they ran the command, with forward slashes. */
export const display = (abs: string) =>
  path.relative(process.cwd(), abs).split(path.sep).join('/') || '.';

/** Reads a file as text; null when it does not exist (other failures throw and become problems). */
export async function readText(abs: string): Promise<string | null> {
  try {
    return await readFile(abs, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Checks one case file, shown to the user as `file`. */
export async function checkCaseFile(abs: string, file: string): Promise<Report> {
  let text: string | null;
  try {
    text = await readText(abs);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      filesChecked: 0,
      problems: finish(
        [
          error(
            'unreadable-file',
            '',
            'a readable file',
            `an error (${why})`,
            'Check the path and the permissions.',
          ),
        ],
        file,
      ),
    };
  }
  if (text === null) {
    return {
      filesChecked: 0,
      problems: finish(
        [error('missing-file', '', 'an existing case file', 'no such file', 'Check the path.')],
        file,
      ),
    };
  }
  const checked = validateCaseText(text, file, { alone: true });
  return { filesChecked: 1, problems: checked.problems, case: checked.case };
}
