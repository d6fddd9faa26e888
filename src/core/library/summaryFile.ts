// The library summary's shape and how a served one is read (data/library.json). Kept apart from
// the code that makes it (librarySummary.ts), which needs the resolver and layout: the landing
// page reads a summary and never makes one.

import { error, finish } from '../validate/draft.ts';
import type { Problem } from '../validate/problem.ts';
import type { EntryFacts } from './entryFacts.ts';

/** Path of the summary inside the data folder. */
export const SUMMARY_PATH = 'library.json';

/** Version of the summary's shape; the app rebuilds the summary from the files on another. */
// 2: entries that loaded carry their swimmer row and source citations (the cohort reads no file).
export const SUMMARY_VERSION = 2;

/** What every library entry carries, loaded or not. */
export interface EntryBase {
  id: string;
  /** Case file path inside the data folder, as index.json gives it. */
  file: string;
  /** Title from index.json. */
  title: string;
  /** Place in index.json (problems about the entry point there). */
  position: number;
  /** contentHash of the case file the summary was made from; null when it could not be read. */
  hash: string | null;
}

/**
 * One case of the library: its facts when the file passed the build's full check, else the
 * problems that check found (shown on its card; opening it checks the served file again).
 */
export type LibraryEntry =
  | (EntryBase & { status: 'ok' } & EntryFacts)
  | (EntryBase & { status: 'error'; problems: Problem[] });

/** The whole summary file. */
export interface LibrarySummary {
  formatVersion: typeof SUMMARY_VERSION;
  /** False when index.json could not be read or checked, so no case is listed. */
  indexOk: boolean;
  /** Problems of index.json itself. */
  indexProblems: Problem[];
  cases: LibraryEntry[];
}

/**
 * Reads a served summary: the summary, null when it is absent or of another version (the caller
 * then builds one from the files), or the problem with it. Generated files are trusted for shape
 * only as far as the cards need; every case is still checked in full when opened.
 */
export function parseLibrarySummary(
  text: string,
  file: string,
): LibrarySummary | null | { problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problems: finish([notSummary(`text that is not JSON (${String(e)})`)], file) };
  }
  const s = data as Partial<LibrarySummary> | null;
  if (typeof s !== 'object' || s === null || !Array.isArray(s.cases))
    return { problems: finish([notSummary('no "cases" list')], file) };
  if (s.formatVersion !== SUMMARY_VERSION) return null;
  const bad = s.cases.findIndex(
    (c: Partial<LibraryEntry> | null) =>
      typeof c?.id !== 'string' ||
      typeof c.file !== 'string' ||
      typeof c.title !== 'string' ||
      (c.status !== 'ok' && c.status !== 'error'),
  );
  if (bad >= 0)
    return {
      problems: finish([notSummary('an entry without id, file, title or status', bad)], file),
    };
  return s as LibrarySummary;
}

function notSummary(found: string, at?: number): ReturnType<typeof error> {
  return error(
    'bad-summary',
    at === undefined ? '' : `cases[${at}]`,
    'the library summary the build generates from index.json and the case files',
    found,
    'Build the site again (npm run build); never edit data/library.json by hand.',
  );
}
