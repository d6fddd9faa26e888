// Drafts kept in this browser's localStorage, written on every change so a reload or a crash loses
// nothing. Nothing leaves the browser. What comes back is untrusted (another tab, an older version,
// an extension may have written it), so it is checked and damaged data is dropped with a note.
import { z } from '../../core/format/zod.ts';
import { readStored, writeStored } from '../store/storedList.ts';

/** One stored draft: its text as the editor writes it, when it was saved, what it was copied from. */
export interface StoredDraft {
  id: string;
  text: string;
  /** Milliseconds since 1970 (Date.now()) of the last save. */
  savedAt: number;
  /** The case id it was copied from, when it is a copy. */
  origin?: string;
}

/** Key under which the drafts live. */
export const DRAFTS_KEY = 'caselines:drafts:v1';

const Stored = z.object({
  v: z.literal(1),
  drafts: z
    .array(
      z.object({
        id: z.string().max(100),
        text: z.string(),
        savedAt: z.number(),
        origin: z.string().max(200).optional(),
      }),
    )
    .max(200),
});

/** The drafts in storage, and a note for the curator when they could not be read. */
export function readDrafts(storage: Storage | null): {
  drafts: StoredDraft[];
  note: string | null;
} {
  const read = readStored(storage, DRAFTS_KEY, Stored);
  if (read.state === 'ok') return { drafts: read.value.drafts, note: null };
  if (read.state === 'absent') return { drafts: [], note: null };
  if (read.state === 'blocked')
    return { drafts: [], note: 'This browser would not let Caselines read its saved drafts.' };
  return {
    drafts: [],
    note: 'The drafts saved in this browser could not be read (the stored data was damaged); the next draft saved here replaces them.',
  };
}

/** Writes every draft; returns a message when the browser refuses (storage full or blocked). */
export function writeDrafts(
  storage: Storage | null,
  drafts: readonly StoredDraft[],
): string | null {
  if (!storage) return 'This browser offers no storage: drafts last only while this page is open.';
  if (writeStored(storage, DRAFTS_KEY, drafts.length === 0 ? null : { v: 1, drafts })) return null;
  return 'The browser has no room to save drafts (its storage is full): download your work as JSON.';
}
