import { create } from 'zustand';
import {
  loadLibrary,
  type CaseLoad,
  type LibraryLoad,
  type Reader,
} from '../../core/library/loadLibrary.ts';
import { loadOwnCase } from '../../core/library/caseFromText.ts';
import { browserStorage, clearKept, readKept, writeKept, type KeptFile } from './ownCaseStorage.ts';

/** Where the library load stands; a broken case file is part of a 'ready' load, not a failure. */
export type LibraryState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; library: LibraryLoad }
  | { status: 'failed'; message: string };

interface LibraryStore {
  state: LibraryState;
  /** Cases the reader opened from their own files this session (never uploaded anywhere). */
  opened: CaseLoad[];
  /** Loads the library once; later calls are ignored so remounts do not refetch. */
  load: (read: Reader) => Promise<void>;
  /** Adds an opened case, replacing one with the same entry id. */
  addOpened: (load: CaseLoad) => void;
  /** Drops an opened case by entry id (and from this browser's storage when kept there). */
  forgetOpened: (id: string) => void;
  /** The text and name of each opened file, by entry id: what "keep in this browser" stores. */
  ownFiles: Record<string, KeptFile>;
  /** Whether opened files are also kept in this browser's local storage. */
  keepInBrowser: boolean;
  /** A message about storage for the reader (full, blocked, damaged data), or null. */
  storageNote: string | null;
  /** Validates a file the reader opened; adds it when it loads and returns the outcome either way. */
  openOwnFile: (text: string, name: string) => CaseLoad;
  /** Turns keeping in this browser on (saving what is open) or off (removing what was saved). */
  setKeepInBrowser: (keep: boolean) => void;
}

/** Reads the files kept in this browser and loads them again; files that no longer load are dropped. */
export function restoreOwnCases(storage: Storage | null): {
  opened: CaseLoad[];
  ownFiles: Record<string, KeptFile>;
  note: string | null;
} {
  const kept = readKept(storage);
  const opened: CaseLoad[] = [];
  const ownFiles: Record<string, KeptFile> = {};
  let dropped = 0;
  for (const f of kept.files) {
    const load = loadOwnCase(f.text, f.name);
    if (load.status !== 'ok') {
      dropped++;
      continue;
    }
    opened.push(load);
    ownFiles[load.entry.id] = f;
  }
  const droppedNote =
    dropped > 0
      ? `${dropped} kept file${dropped === 1 ? '' : 's'} no longer passed validation and ${dropped === 1 ? 'was' : 'were'} not reopened.`
      : null;
  return { opened, ownFiles, note: kept.note ?? droppedNote };
}

const restored = restoreOwnCases(browserStorage());

/** The app's one store: the library, its load state and the reader's own cases. View state lives in the URL. */
export const useLibraryStore = create<LibraryStore>()((set, get) => ({
  state: { status: 'idle' },
  opened: restored.opened,
  ownFiles: restored.ownFiles,
  keepInBrowser: restored.opened.length > 0,
  storageNote: restored.note,
  load: async (read) => {
    if (get().state.status !== 'idle') return;
    set({ state: { status: 'loading' } });
    try {
      // Problems name files as the browser sees them, e.g. "data/cases/003-zhou.json".
      const library = await loadLibrary(read, { label: (p) => `data/${p}` });
      set({ state: { status: 'ready', library } });
    } catch (err) {
      // loadLibrary reports missing and broken files as problems and never rejects; reaching this
      // means a bug, and the page should say so rather than show "Loading" forever.
      set({
        state: { status: 'failed', message: err instanceof Error ? err.message : String(err) },
      });
    }
  },
  addOpened: (load) =>
    set((s) => ({ opened: [...s.opened.filter((o) => o.entry.id !== load.entry.id), load] })),
  forgetOpened: (id) => {
    set((s) => {
      const ownFiles = { ...s.ownFiles };
      delete ownFiles[id];
      return { opened: s.opened.filter((o) => o.entry.id !== id), ownFiles };
    });
    saveIfKept();
  },
  openOwnFile: (text, name) => {
    const load = loadOwnCase(text, name);
    if (load.status !== 'ok') return load;
    get().addOpened(load);
    set((s) => ({ ownFiles: { ...s.ownFiles, [load.entry.id]: { name, text } } }));
    saveIfKept();
    return load;
  },
  setKeepInBrowser: (keep) => {
    set({ keepInBrowser: keep, storageNote: null });
    if (keep) saveIfKept();
    else clearKept(browserStorage());
  },
}));

/** Writes the open files to storage when the reader asked to keep them; a refusal turns keeping off with a note. */
function saveIfKept(): void {
  const { keepInBrowser, opened, ownFiles } = useLibraryStore.getState();
  if (!keepInBrowser) return;
  const files = opened.flatMap((o) => (ownFiles[o.entry.id] ? [ownFiles[o.entry.id]!] : []));
  const note = writeKept(browserStorage(), files);
  if (note) useLibraryStore.setState({ keepInBrowser: false, storageNote: note });
}

/** Every case the reader can view: the library's (once loaded), then their own opened files. */
export function availableCases(state: LibraryState, opened: readonly CaseLoad[]): CaseLoad[] {
  return [...(state.status === 'ready' ? state.library.cases : []), ...opened];
}
