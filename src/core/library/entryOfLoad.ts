// A case load as a library entry: what the build writes into the summary for each case, and what
// the app makes of the reader's own files. Kept apart from the summary's maker (librarySummary.ts),
// which reads files through the validator, so the pages that list own files do not load it.

import { entryFacts } from './entryFacts.ts';
import type { CaseLoad } from './loadLibrary.ts';
import type { EntryBase, LibraryEntry } from './summaryFile.ts';

/**
 * The library entry of a case load: its facts when it loaded, its problems when not. The build
 * makes the summary this way; the app makes entries of the reader's own files the same way, so
 * one search and one picker serve both.
 */
export function entryOfLoad(c: CaseLoad, position: number, hash: string | null): LibraryEntry {
  const base: EntryBase = {
    id: c.entry.id,
    file: c.entry.file,
    title: c.entry.title,
    position,
    hash,
  };
  if (c.status === 'error') return { ...base, status: 'error', problems: c.problems };
  return { ...base, status: 'ok', ...entryFacts(c.case, c.resolved) };
}
