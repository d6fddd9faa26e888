// One case text to a CaseLoad: the step the library loader and the reader's own files share, so a
// file opened in the browser is judged exactly as `npm run validate` and the library judge it.

import { error, finish, hasErrors } from '../validate/draft.ts';
import { OPEN_FILE_LIMITS, tooLarge } from '../validate/limits.ts';
import type { Problem } from '../validate/problem.ts';
import { checkCaseText, type CaseCheck } from '../validate/validateCase.ts';
import type { CaseLoad, IndexEntry } from './loadLibrary.ts';

/** Validates and resolves one case text; `extra` problems (e.g. from the index) join the file's own. */
export function caseFromCheck(
  entry: IndexEntry,
  checked: CaseCheck,
  extra: Problem[] = [],
): CaseLoad {
  const problems = [...checked.problems, ...extra];
  if (!checked.case || !checked.resolved || hasErrors(problems))
    return { entry, status: 'error', problems };
  return { entry, status: 'ok', case: checked.case, resolved: checked.resolved, problems };
}

/** Prefix of the entry id of a reader's own case. A colon is not allowed in library ids, so the two never collide. */
export const OWN_PREFIX = 'own:';

/** True when an entry id belongs to a case the reader opened from their own file. */
export function isOwnCase(entryId: string): boolean {
  return entryId.startsWith(OWN_PREFIX);
}

/**
 * Loads a case from a file the reader opened (picked, dropped or pasted) with the browser's size
 * limits; never throws. The entry
 * id is "own:" plus the case's id (or the file name when the text has no usable id), so opening
 * the same case again replaces it.
 */
export function loadOwnCase(text: string, fileName: string): CaseLoad {
  let checked: CaseCheck;
  try {
    checked = checkCaseText(text, fileName, OPEN_FILE_LIMITS);
  } catch (e) {
    // The validator is built never to throw; should it ever, the reader still gets a message.
    checked = {
      case: null,
      parsed: null,
      resolved: null,
      problems: [
        {
          severity: 'error',
          code: 'internal-error',
          file: fileName,
          path: '',
          expected: 'a file the validator can check',
          found: `an internal error (${e instanceof Error ? e.message : String(e)})`,
          fix: 'Report this file to the Caselines maintainers.',
        },
      ],
    };
  }
  const parsed = checked.parsed;
  const entry: IndexEntry = {
    id: `${OWN_PREFIX}${parsed?.id ?? slug(fileName)}`,
    file: fileName,
    title: parsed?.title ?? fileName,
  };
  return caseFromCheck(entry, checked);
}

/** A file name reduced to id characters ("My case (2).json" gives "my-case-2"). */
function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/\.json$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return s === '' ? 'file' : s;
}

/** The refusal for a file above the size limit, decided from its size alone so it is never read. */
export function ownFileTooLarge(fileName: string, bytes: number): CaseLoad {
  const entry: IndexEntry = {
    id: `${OWN_PREFIX}${slug(fileName)}`,
    file: fileName,
    title: fileName,
  };
  return { entry, status: 'error', problems: finish([tooLarge(bytes)], fileName) };
}

/** The outcome for a file the browser could not read (moved, permission lost, not a text file). */
export function ownFileUnreadable(fileName: string, message: string): CaseLoad {
  const entry: IndexEntry = {
    id: `${OWN_PREFIX}${slug(fileName)}`,
    file: fileName,
    title: fileName,
  };
  const draft = error(
    'unreadable-file',
    '',
    'a file that can be read',
    `an error (${message})`,
    'Check that the file still exists and is a text file, then open it again.',
  );
  return { entry, status: 'error', problems: finish([draft], fileName) };
}
