// The library index's entry for a case, derived from the case itself, and the index with that
// entry added: what `npm run add-case` writes, so nobody edits index.json by hand.

import type { Case, LibraryIndex } from '../format/index.ts';
import type { IndexEntry as Entry } from './caseLoad.ts';

/** The index entry of a case: its id, its file under cases/ (named after the id), its title. */
export function indexEntryFor(c: Case): Entry {
  return { id: c.id, file: `cases/${c.id}.json`, title: c.title };
}

/** The index with `entry` added, or why it cannot be. */
export type IndexChange =
  { ok: true; index: LibraryIndex; replaced: boolean } | { ok: false; existing: Entry };

/**
 * Adds `entry` at the end of the index, or with `replace` puts it in place of the entry with the
 * same id (keeping its position). Without `replace` an id already listed is refused.
 */
export function withEntry(index: LibraryIndex, entry: Entry, replace: boolean): IndexChange {
  const at = index.cases.findIndex((e) => e.id === entry.id);
  if (at >= 0 && !replace) return { ok: false, existing: index.cases[at]! };
  const cases =
    at >= 0 ? index.cases.map((e, i) => (i === at ? entry : e)) : [...index.cases, entry];
  return { ok: true, index: { ...index, cases }, replaced: at >= 0 };
}

/** The index as the repository keeps it: 2-space JSON, keys in the order given, final newline. */
export function indexText(index: LibraryIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}
