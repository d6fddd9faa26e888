import { create } from 'zustand';
import { loadLibrary, type LibraryLoad, type Reader } from '../../core/library/loadLibrary.ts';

/** Where the library load stands; a broken case file is part of a 'ready' load, not a failure. */
export type LibraryState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; library: LibraryLoad }
  | { status: 'failed'; message: string };

interface LibraryStore {
  state: LibraryState;
  /** Loads the library once; later calls are ignored so remounts do not refetch. */
  load: (read: Reader) => Promise<void>;
}

/** The app's one store: the library and its load state. View state lives in the URL. */
export const useLibraryStore = create<LibraryStore>()((set, get) => ({
  state: { status: 'idle' },
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
}));
