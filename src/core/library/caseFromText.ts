// One case text to a CaseLoad: the step the library loader and the reader's own files share, so a
// file opened in the browser is judged exactly as `npm run validate` and the library judge it.

import { hasErrors } from '../validate/draft.ts';
import { OPEN_FILE_LIMITS } from '../validate/limits.ts';
import type { Problem } from '../validate/problem.ts';
import { checkCaseText, type CaseCheck } from '../validate/validateCase.ts';
import type { CaseLoad, IndexEntry } from './caseLoad.ts';
import { OWN_PREFIX, ownSlug } from './ownFile.ts';

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
    id: `${OWN_PREFIX}${parsed?.id ?? ownSlug(fileName)}`,
    file: fileName,
    title: parsed?.title ?? fileName,
  };
  return caseFromCheck(entry, checked);
}
