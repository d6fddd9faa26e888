// The reader's own case files kept in this browser (localStorage), only when they ask for it.
// What comes back from storage is untrusted: another tab, an extension or an older version may
// have written it, so it is checked here and each file is validated again before it is shown.

import { z } from '../../core/format/zod.ts';
import { STORAGE_KEY } from './ownCaseKey.ts';
import { readStored, writeStored } from './storedList.ts';

/** One kept file: the name it was opened under and its text. */
export interface KeptFile {
  name: string;
  text: string;
}

export { STORAGE_KEY };

const Stored = z.object({
  v: z.literal(1),
  files: z.array(z.object({ name: z.string().max(500), text: z.string() })).max(50),
});

/** What reading storage gave: the files, and a note for the reader when something was wrong. */
export interface KeptRead {
  files: KeptFile[];
  note: string | null;
}

/** Reads the kept files; corrupted data is removed and reported, never thrown. */
export function readKept(storage: Storage | null): KeptRead {
  const read = readStored(storage, STORAGE_KEY, Stored);
  if (read.state === 'ok') return { files: read.value.files, note: null };
  if (read.state === 'absent') return { files: [], note: null };
  if (read.state === 'blocked')
    return { files: [], note: 'This browser would not let Caselines read its storage.' };
  clearKept(storage);
  return {
    files: [],
    note: 'The case files kept in this browser could not be read (the stored data was damaged), so they were removed. Open the files again to view them.',
  };
}

/** Writes the kept files; returns a message when the browser refuses (quota full, storage blocked). */
export function writeKept(storage: Storage | null, files: readonly KeptFile[]): string | null {
  if (!storage)
    return 'This browser offers no storage, so the files are kept for this session only.';
  if (writeStored(storage, STORAGE_KEY, files.length === 0 ? null : { v: 1, files })) return null;
  // A quota error must not leave half a list behind: keep nothing rather than something stale.
  clearKept(storage);
  return 'The browser has no room to keep these files (its storage is full), so they are kept for this session only.';
}

/** Removes every kept file. */
export function clearKept(storage: Storage | null): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing more can be done; the data stays unreadable to us either way.
  }
}
