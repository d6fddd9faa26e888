import { entryOfLoad } from '../../core/library/entryOfLoad.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { LibraryEntry, LibrarySummary } from '../../core/library/summaryFile.ts';

/**
 * Every case the reader can choose: the library summary's entries, then their own opened files
 * as entries of the same kind (so one search and one picker serve both).
 */
export function libraryEntries(
  summary: LibrarySummary,
  opened: readonly CaseLoad[],
): LibraryEntry[] {
  const n = summary.cases.length;
  return [...summary.cases, ...opened.map((o, i) => entryOfLoad(o, n + i, null))];
}
