import { create } from 'zustand';
import type { CaseLoad, Reader } from '../../core/library/loadLibrary.ts';
import {
  parseLibrarySummary,
  SUMMARY_PATH,
  SUMMARY_VERSION,
  type LibraryEntry,
  type LibrarySummary,
} from '../../core/library/summaryFile.ts';
import { STORAGE_KEY } from './ownCaseKey.ts';
import type { KeptFile } from './ownCaseStorage.ts';
import { browserStorage } from './storedList.ts';

/**
 * The code that checks a case file and reads or writes kept files (the validator, the format and
 * zod), loaded when first needed: the landing page and a library case do not need it to start.
 */
const ownCode = () => import('./ownCases.ts');

/** Whether this browser holds kept files to read back; looks at the key only, checks nothing. */
function hasKeptFiles(): boolean {
  try {
    return browserStorage()?.getItem(STORAGE_KEY) != null;
  } catch {
    return false;
  }
}

/**
 * Where the library summary's load stands; a broken case file is an entry of a 'ready' summary,
 * not a failure.
 */
export type LibraryState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; summary: LibrarySummary }
  | { status: 'failed'; message: string };

/** Problems name files as the browser sees them, e.g. "data/cases/003-zhou.json". */
const label = (p: string) => `data/${p}`;

interface LibraryStore {
  state: LibraryState;
  /** Library cases read and checked in full so far, by entry id (a case is read when opened). */
  loaded: Readonly<Record<string, CaseLoad>>;
  /** How library files are read; set by `load`. */
  reader: Reader | null;
  /**
   * Reads and checks the library cases among `ids` not read yet, in one batch, and waits for those
   * already being read; never rejects.
   */
  ensureCases: (ids: readonly string[]) => Promise<void>;
  /** The full cases among `ids` (library cases read and checked first), in the order of `ids`. */
  readCases: (ids: readonly string[]) => Promise<CaseLoad[]>;
  /** Cases the reader opened from their own files this session (never uploaded anywhere). */
  opened: CaseLoad[];
  /**
   * Loads the library summary once (later calls are ignored so remounts do not refetch). Where no
   * summary is served (an offline copy), builds it from index.json and every case, keeping them.
   */
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
  /** Validates a file the reader opened; adds it when it loads and resolves to the outcome either way. */
  openOwnFile: (text: string, name: string) => Promise<CaseLoad>;
  /** True while files kept in this browser are being read back (an own case's link waits). */
  restoring: boolean;
  /** Turns keeping in this browser on (saving what is open) or off (removing what was saved). */
  setKeepInBrowser: (keep: boolean) => void;
}

/** Cases being read now, by id, so two views asking for one case read it once. */
const reading = new Map<string, Promise<void>>();

/** Reads and checks one library case in full, as the library loader does; never rejects. */
async function readEntry(read: Reader, e: LibraryEntry): Promise<CaseLoad> {
  const { loadListedCase } = await import('../../core/library/loadLibrary.ts');
  return loadListedCase(read, { id: e.id, file: e.file, title: e.title }, e.position, { label });
}

/** The app's one store: the library, its load state and the reader's own cases. View state lives in the URL. */
export const useLibraryStore = create<LibraryStore>()((set, get) => ({
  state: { status: 'idle' },
  opened: [],
  ownFiles: {},
  keepInBrowser: false,
  storageNote: null,
  restoring: hasKeptFiles(),
  loaded: {},
  reader: null,
  load: async (read) => {
    if (get().state.status !== 'idle') return;
    set({ state: { status: 'loading' }, reader: read });
    try {
      const text = await read(SUMMARY_PATH);
      const parsed = text === null ? null : parseLibrarySummary(text, label(SUMMARY_PATH));
      if (parsed && 'problems' in parsed) {
        const summary: LibrarySummary = {
          formatVersion: SUMMARY_VERSION,
          indexOk: false,
          indexProblems: parsed.problems,
          cases: [],
        };
        set({ state: { status: 'ready', summary } });
      } else if (parsed) {
        set({ state: { status: 'ready', summary: parsed } });
      } else {
        // Making a summary needs the resolver and layout: loaded only when none is served.
        const { buildLibrarySummary } = await import('../../core/library/librarySummary.ts');
        const built = await buildLibrarySummary(read, { label });
        const loaded = Object.fromEntries(built.load.cases.map((c) => [c.entry.id, c]));
        set({ state: { status: 'ready', summary: built.summary }, loaded });
      }
    } catch (err) {
      // A summary that could not be fetched at all (not a missing one, not a broken case) leaves
      // nothing to list; the page should say so rather than show "Loading" forever.
      set({
        state: { status: 'failed', message: err instanceof Error ? err.message : String(err) },
      });
    }
  },
  ensureCases: async (ids) => {
    const { state, reader, loaded } = get();
    if (state.status !== 'ready' || !reader) return;
    const byId = new Map(state.summary.cases.map((e) => [e.id, e]));
    const todo = ids.flatMap((id) => {
      const entry = byId.get(id);
      return entry && !loaded[id] && !reading.has(id) ? [entry] : [];
    });
    const pending = ids.flatMap((id) => reading.get(id) ?? []);
    if (todo.length > 0) {
      const batch = Promise.all(todo.map((e) => readEntry(reader, e))).then((loads) => {
        for (const e of todo) reading.delete(e.id);
        set((s) => ({
          loaded: { ...s.loaded, ...Object.fromEntries(loads.map((l) => [l.entry.id, l])) },
        }));
      });
      for (const e of todo) reading.set(e.id, batch);
      pending.push(batch);
    }
    await Promise.all(pending);
  },
  readCases: async (ids) => {
    await get().ensureCases(ids);
    const { loaded, opened } = get();
    return casesById(ids, loaded, opened);
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
  openOwnFile: async (text, name) => {
    const { loadOwnCase } = await ownCode();
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
    else void ownCode().then(({ clearKept }) => clearKept(browserStorage()));
  },
}));

/** Writes the open files to storage when the reader asked to keep them; a refusal turns keeping off with a note. */
function saveIfKept(): void {
  // The state is read when the writer has loaded, so a later change is never overwritten.
  void ownCode().then(({ writeKept }) => {
    const { keepInBrowser, opened, ownFiles } = useLibraryStore.getState();
    if (!keepInBrowser) return;
    const files = opened.flatMap((o) => (ownFiles[o.entry.id] ? [ownFiles[o.entry.id]!] : []));
    const note = writeKept(browserStorage(), files);
    if (note) useLibraryStore.setState({ keepInBrowser: false, storageNote: note });
  });
}

/**
 * Reads the kept files back and checks each again; files the reader opened meanwhile stay, and
 * are kept too when keeping was on.
 */
async function restoreKept(): Promise<void> {
  const { restoreOwnCases } = await ownCode();
  const back = restoreOwnCases(browserStorage());
  const before = useLibraryStore.getState().opened;
  useLibraryStore.setState((s) => ({
    opened: [
      ...back.opened.filter((o) => !s.opened.some((n) => n.entry.id === o.entry.id)),
      ...s.opened,
    ],
    ownFiles: { ...back.ownFiles, ...s.ownFiles },
    keepInBrowser: s.keepInBrowser || back.opened.length > 0,
    storageNote: back.note ?? s.storageNote,
    restoring: false,
  }));
  if (before.length > 0) saveIfKept();
}

if (useLibraryStore.getState().restoring) void restoreKept();

/**
 * The cases among `ids` that are ready to view: library cases read so far and the reader's own
 * files, in the order of `ids`; ids not read yet are left out.
 */
export function casesById(
  ids: readonly string[],
  loaded: Readonly<Record<string, CaseLoad>>,
  opened: readonly CaseLoad[],
): CaseLoad[] {
  const own = new Map(opened.map((o) => [o.entry.id, o]));
  return ids.flatMap((id) => {
    const load = loaded[id] ?? own.get(id);
    return load ? [load] : [];
  });
}
