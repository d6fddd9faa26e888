// The reader's own case files: their entry ids and the refusals decided before any check runs.
// Kept apart from the validator so the pages that only name or refuse a file do not load it.

import { error, finish } from '../validate/draft.ts';
import { tooLarge } from '../validate/limits.ts';
import type { CaseLoad, IndexEntry } from './caseLoad.ts';

/** Prefix of the entry id of a reader's own case. A colon is not allowed in library ids, so the two never collide. */
export const OWN_PREFIX = 'own:';

/** True when an entry id belongs to a case the reader opened from their own file. */
export function isOwnCase(entryId: string): boolean {
  return entryId.startsWith(OWN_PREFIX);
}

/** A file name reduced to id characters ("My case (2).json" gives "my-case-2"). */
export function ownSlug(name: string): string {
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
    id: `${OWN_PREFIX}${ownSlug(fileName)}`,
    file: fileName,
    title: fileName,
  };
  return { entry, status: 'error', problems: finish([tooLarge(bytes)], fileName) };
}

/** The outcome for a file the browser could not read (moved, permission lost, not a text file). */
export function ownFileUnreadable(fileName: string, message: string): CaseLoad {
  const entry: IndexEntry = {
    id: `${OWN_PREFIX}${ownSlug(fileName)}`,
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
