// Loads the whole case library through a Reader, so the same code runs in the browser (fetch)
// and in the CLI (fs). Each file is validated on its own: one broken or missing file never
// stops the others from loading.

import type { LibraryIndex } from '../format/index.ts';
import { error, finish, type Draft } from '../validate/draft.ts';
import { createLocator, type Locator } from '../validate/locate.ts';
import type { Problem } from '../validate/problem.ts';
import { checkCaseText } from '../validate/validateCase.ts';
import { validateIndexText } from '../validate/validateIndex.ts';
import { caseFromCheck } from './caseFromText.ts';
import type { CaseLoad, IndexEntry } from './caseLoad.ts';

/** Reads a file by its path relative to the data folder; null when the file does not exist. */
export type Reader = (relPath: string) => Promise<string | null>;

export type { CaseLoad, IndexEntry } from './caseLoad.ts';

/** The index (null when unreadable or invalid), its problems, and every listed case in index order. */
export interface LibraryLoad {
  index: LibraryIndex | null;
  indexProblems: Problem[];
  cases: CaseLoad[];
}

/** Path of the index inside the data folder. */
export const INDEX_PATH = 'index.json';

/** Reads and validates index.json and then every case it lists (in parallel); never rejects. */
export async function loadLibrary(
  read: Reader,
  opts: { label?: (relPath: string) => string } = {},
): Promise<LibraryLoad> {
  const label = opts.label ?? ((p: string) => p);
  const indexFile = label(INDEX_PATH);
  const text = await readSafely(read, INDEX_PATH);
  if (typeof text !== 'string') {
    const draft = text === null ? missingIndex() : unreadable(text);
    return { index: null, indexProblems: finish([draft], indexFile), cases: [] };
  }
  const { index, problems: indexProblems } = validateIndexText(text, indexFile);
  if (!index) return { index: null, indexProblems, cases: [] };
  const indexLocator = createLocator(text);
  const cases = await Promise.all(
    index.cases.map((entry, i) => loadListedCase(read, entry, i, { label, indexLocator })),
  );
  return { index, indexProblems, cases };
}

/**
 * Reads, validates and resolves the case at `position` of the index; never rejects. The library
 * loads every case this way, and the app loads one case this way when it is opened.
 */
export async function loadListedCase(
  read: Reader,
  entry: IndexEntry,
  position: number,
  opts: { label?: (relPath: string) => string; indexLocator?: Locator } = {},
): Promise<CaseLoad> {
  const label = opts.label ?? ((p: string) => p);
  const indexFile = label(INDEX_PATH);
  const file = label(entry.file);
  const caseText = await readSafely(read, entry.file);
  if (caseText === null) {
    // A missing file is the index's doing: point at the entry that names it.
    return {
      entry,
      status: 'error',
      problems: finish([missingFile(entry, position)], indexFile, opts.indexLocator),
    };
  }
  if (typeof caseText !== 'string')
    return { entry, status: 'error', problems: finish([unreadable(caseText)], file) };
  return loadCase(entry, position, caseText, file, indexFile);
}

/** Validates and resolves one case text, and checks it carries the id its index entry gives. */
function loadCase(
  entry: IndexEntry,
  position: number,
  text: string,
  file: string,
  indexFile: string,
): CaseLoad {
  const checked = checkCaseText(text, file);
  const mismatch =
    checked.parsed && checked.parsed.id !== entry.id
      ? finish(
          [idMismatch(entry, position, checked.parsed.id, indexFile)],
          file,
          createLocator(text),
        )
      : [];
  return caseFromCheck(entry, checked, mismatch);
}

/** Calls the reader, turning a thrown error into a value so one failed read cannot reject the load. */
async function readSafely(read: Reader, relPath: string): Promise<string | null | Error> {
  try {
    return await read(relPath);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function missingIndex(): Draft {
  return error(
    'missing-file',
    '',
    'the library index listing the case files',
    'no such file',
    'Create index.json with "formatVersion": 1 and a "cases" list.',
  );
}

function missingFile(entry: IndexEntry, position: number): Draft {
  return error(
    'missing-file',
    `cases[${position}].file`,
    'the path of an existing case file',
    `"${entry.file}", which does not exist`,
    `Add the file ${entry.file}, or correct the path or remove the entry.`,
  );
}

function unreadable(e: Error): Draft {
  return error(
    'unreadable-file',
    '',
    'a file that can be read',
    `an error (${e.message})`,
    'Check that the file can be read, then try again.',
  );
}

function idMismatch(entry: IndexEntry, position: number, id: string, indexFile: string): Draft {
  return error(
    'id-mismatch',
    'id',
    `"${entry.id}", the id ${indexFile} gives this file at cases[${position}].id`,
    `"${id}"`,
    'Make the two ids the same: change this one or the index entry.',
  );
}
