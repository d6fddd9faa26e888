import { create } from 'zustand';
import {
  loadLibrary,
  type CaseLoad,
  type LibraryLoad,
  type Reader,
} from '../../core/library/loadLibrary.ts';

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
  /** Drops an opened case by entry id. */
  forgetOpened: (id: string) => void;
}

/** The app's one store: the library, its load state and the reader's own cases. View state lives in the URL. */
export const useLibraryStore = create<LibraryStore>()((set, get) => ({
  state: { status: 'idle' },
  opened: [],
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
  forgetOpened: (id) => set((s) => ({ opened: s.opened.filter((o) => o.entry.id !== id) })),
}));

/** Every case the reader can view: the library's (once loaded), then their own opened files. */
export function availableCases(state: LibraryState, opened: readonly CaseLoad[]): CaseLoad[] {
  return [...(state.status === 'ready' ? state.library.cases : []), ...opened];
}
