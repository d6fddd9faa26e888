// The curator's drafts: each a JSON value with its undo and redo history, saved to this browser's
// storage after every change. History holds whole snapshots; edits share untouched branches
// (core/editor's operations), so a snapshot costs little.
import { create } from 'zustand';
import { applyOp, printJson, type EditOp } from '../../core/editor/index.ts';
import { browserStorage } from '../store/storedList.ts';
import { readDrafts, writeDrafts, type StoredDraft } from './draftStorage.ts';

/** One draft in the editor. */
export interface Draft {
  id: string;
  /** The case as edited so far: JSON, not necessarily valid. */
  doc: unknown;
  /** When it was last saved in this browser (Date.now()), null before the first save. */
  savedAt: number | null;
  /** The case id it was copied from, when it is a copy. */
  origin?: string;
  /** Earlier versions, oldest first. */
  past: unknown[];
  /** Versions undone, most recently undone last. */
  future: unknown[];
  /** The path and time of the last edit, so a burst of typing in one field undoes as one step. */
  last?: { path: string; at: number };
}

/** How long typing in one field keeps adding to the same undo step. */
export const COALESCE_MS = 1000;
/** Most undo steps kept per draft. */
export const HISTORY_LIMIT = 200;

interface EditorStore {
  drafts: Record<string, Draft>;
  /** A message about storage for the curator, or null. */
  storageNote: string | null;
  /** Starts a draft from a JSON value; returns its id. */
  create: (doc: unknown, origin?: string) => string;
  /** Applies edits to a draft as one undo step (typing in one field joins the previous step). */
  edit: (id: string, ops: readonly EditOp[]) => void;
  undo: (id: string) => void;
  redo: (id: string) => void;
  /** Deletes a draft from the editor and from storage. */
  remove: (id: string) => void;
}

let clock: () => number = () => Date.now();
/** Replaces the clock (tests). */
export function setEditorClock(now: () => number): void {
  clock = now;
}

let made = 0;
/** A new draft id: the time and a count, unique within this browser (drafts never leave it). */
function newId(): string {
  return `d${clock().toString(36)}${(made++).toString(36)}`;
}

function restore(): { drafts: Record<string, Draft>; note: string | null } {
  const read = readDrafts(browserStorage());
  const drafts: Record<string, Draft> = {};
  for (const d of read.drafts) {
    let doc: unknown;
    try {
      doc = JSON.parse(d.text);
    } catch {
      continue;
    }
    drafts[d.id] = { id: d.id, doc, savedAt: d.savedAt, origin: d.origin, past: [], future: [] };
  }
  return { drafts, note: read.note };
}

const restored = restore();

/** The editor's store: every draft in this browser and its history. */
export const useEditorStore = create<EditorStore>()((set, get) => {
  /** Replaces one draft and saves all of them, stamping the save time. */
  const commit = (draft: Draft) => {
    const at = clock();
    const drafts = { ...get().drafts, [draft.id]: { ...draft, savedAt: at } };
    const note = save(drafts);
    set({ drafts, storageNote: note });
  };
  return {
    drafts: restored.drafts,
    storageNote: restored.note,
    create: (doc, origin) => {
      const id = newId();
      commit({ id, doc, savedAt: null, origin, past: [], future: [] });
      return id;
    },
    edit: (id, ops) => {
      const d = get().drafts[id];
      if (!d || ops.length === 0) return;
      const doc = ops.reduce(applyOp, d.doc);
      const path = ops.length === 1 && ops[0]!.op === 'set' ? ops[0]!.path.join('.') : '';
      const now = clock();
      const joins = path !== '' && d.last?.path === path && now - d.last.at < COALESCE_MS;
      const past = joins ? d.past : [...d.past, d.doc].slice(-HISTORY_LIMIT);
      commit({ ...d, doc, past, future: [], last: path ? { path, at: now } : undefined });
    },
    undo: (id) => {
      const d = get().drafts[id];
      const prev = d?.past.at(-1);
      if (!d || d.past.length === 0) return;
      commit({
        ...d,
        doc: prev,
        past: d.past.slice(0, -1),
        future: [...d.future, d.doc],
        last: undefined,
      });
    },
    redo: (id) => {
      const d = get().drafts[id];
      const next = d?.future.at(-1);
      if (!d || d.future.length === 0) return;
      commit({
        ...d,
        doc: next,
        past: [...d.past, d.doc],
        future: d.future.slice(0, -1),
        last: undefined,
      });
    },
    remove: (id) => {
      const drafts = { ...get().drafts };
      delete drafts[id];
      set({ drafts, storageNote: save(drafts) });
    },
  };
});

// Texts of unchanged drafts are reused: a keystroke in one draft re-prints only that one.
const printed = new WeakMap<object, string>();
function textOf(doc: unknown): string {
  if (typeof doc !== 'object' || doc === null) return printJson(doc);
  let t = printed.get(doc);
  if (t === undefined) printed.set(doc, (t = printJson(doc)));
  return t;
}

function save(drafts: Record<string, Draft>): string | null {
  const stored: StoredDraft[] = Object.values(drafts).map((d) => ({
    id: d.id,
    text: textOf(d.doc),
    savedAt: d.savedAt ?? clock(),
    ...(d.origin ? { origin: d.origin } : {}),
  }));
  return writeDrafts(browserStorage(), stored);
}

/** The draft's text as the editor writes it (and as Download JSON gives it). */
export const draftText = (d: Pick<Draft, 'doc'>): string => textOf(d.doc);

/** A name for a draft in lists: its title, else its id, else "Untitled case". */
export function draftName(d: Pick<Draft, 'doc'>): string {
  const doc = d.doc as { title?: unknown; id?: unknown } | null;
  const title = typeof doc?.title === 'string' ? doc.title.trim() : '';
  const id = typeof doc?.id === 'string' ? doc.id.trim() : '';
  return title || id || 'Untitled case';
}
