// Making the library summary (data/library.json): one small file with what the cards, the search,
// the facets and the pickers need, generated from the case files at build time (never
// hand-edited). The landing page reads only the summary (summaryFile.ts reads it); a case file is
// read, and checked in full, when it is opened.

import { contentHash } from './contentHash.ts';
import { entryOfLoad } from './entryOfLoad.ts';
import { loadLibrary, type LibraryLoad, type Reader } from './loadLibrary.ts';
import { SUMMARY_VERSION, type LibrarySummary } from './summaryFile.ts';

export * from './summaryFile.ts';
export { entryOfLoad } from './entryOfLoad.ts';

/** The summary of a loaded library; `texts` are the case files' texts by path, for their hashes. */
export function summarizeLibrary(
  load: LibraryLoad,
  texts: ReadonlyMap<string, string>,
): LibrarySummary {
  const cases = load.cases.map((c, position) => {
    const text = texts.get(c.entry.file);
    return entryOfLoad(c, position, text === undefined ? null : contentHash(text));
  });
  return {
    formatVersion: SUMMARY_VERSION,
    indexOk: load.index !== null,
    indexProblems: load.indexProblems,
    cases,
  };
}

/**
 * Loads the library in full through `read` and summarises it: what the build writes, and what the
 * app does itself when no summary is served (an offline copy, a dev server without the plugin).
 * Returns the full load too, so its cases need not be read again.
 */
export async function buildLibrarySummary(
  read: Reader,
  opts: { label?: (relPath: string) => string } = {},
): Promise<{ summary: LibrarySummary; load: LibraryLoad }> {
  const texts = new Map<string, string>();
  const keep: Reader = async (relPath) => {
    const text = await read(relPath);
    if (text !== null) texts.set(relPath, text);
    return text;
  };
  const load = await loadLibrary(keep, opts);
  return { summary: summarizeLibrary(load, texts), load };
}
