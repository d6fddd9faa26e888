// @vitest-environment jsdom
// The reader's own files in the store and in local storage. Stored data is untrusted input: damaged
// or hostile content is dropped with a note, and a full storage never loses the session's files.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readKept, STORAGE_KEY, writeKept } from '../../src/app/store/ownCaseStorage.ts';
import { restoreOwnCases } from '../../src/app/store/ownCases.ts';
import { readFileSync } from 'node:fs';

// Read from the project root (vitest's working directory): jsdom's URL cannot make file paths.
const GOOD = readFileSync('tests/fixtures/valid/minimal-case.json', 'utf8');

/** A Storage over a Map, optionally refusing writes as a full quota does. */
function memoryStorage(full = false): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      m.set(k, String(v));
    },
  };
}

describe('readKept and writeKept', () => {
  it('round-trips the kept files', () => {
    const s = memoryStorage();
    expect(writeKept(s, [{ name: 'a.json', text: GOOD }])).toBeNull();
    expect(readKept(s)).toEqual({ files: [{ name: 'a.json', text: GOOD }], note: null });
    expect(writeKept(s, [])).toBeNull();
    expect(s.getItem(STORAGE_KEY)).toBeNull();
  });

  it('drops damaged or foreign data with a note instead of throwing', () => {
    for (const raw of [
      '{not json',
      '"a string"',
      JSON.stringify({ v: 2, files: [] }),
      JSON.stringify({ v: 1, files: [{ name: 1, text: 'x' }] }),
      JSON.stringify({ v: 1, files: 'all' }),
      '{"v":1,"files":[{"name":"x","text":"y","__proto__":{"polluted":true}}],"extra":"<script>"}',
    ]) {
      const s = memoryStorage();
      s.setItem(STORAGE_KEY, raw);
      const r = readKept(s);
      if (r.files.length === 0) {
        expect(r.note, raw).toMatch(/could not be read/);
        expect(s.getItem(STORAGE_KEY), raw).toBeNull();
      } else {
        // Extra keys are ignored; what is read back is plain data, checked again on load.
        expect(r.files).toEqual([{ name: 'x', text: 'y' }]);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a full storage and leaves nothing half-written', () => {
    const s = memoryStorage(true);
    expect(writeKept(s, [{ name: 'a.json', text: GOOD }])).toMatch(/no room/);
    expect(s.getItem(STORAGE_KEY)).toBeNull();
  });

  it('copes with a browser that offers no storage or throws on reading it', () => {
    expect(readKept(null)).toEqual({ files: [], note: null });
    expect(writeKept(null, [])).toMatch(/session only/);
    const s = memoryStorage();
    s.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(readKept(s).note).toMatch(/would not let/);
  });
});

describe('restoreOwnCases', () => {
  it('reloads kept files through the validator and drops those that no longer load', () => {
    const s = memoryStorage();
    writeKept(s, [
      { name: 'good.json', text: GOOD },
      { name: 'bad.json', text: '{ "formatVersion": 1 }' },
    ]);
    const r = restoreOwnCases(s);
    expect(r.opened.map((o) => o.entry.id)).toEqual(['own:fixture-minimal']);
    expect(r.ownFiles['own:fixture-minimal']).toEqual({ name: 'good.json', text: GOOD });
    expect(r.note).toMatch(/1 kept file no longer passed validation/);
  });
});

describe("the store with the reader's files", () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });
  afterEach(() => localStorage.clear());

  const freshStore = async () =>
    (await import('../../src/app/store/libraryStore.ts')).useLibraryStore;
  // Writing and reading back load their code on demand: the store settles a moment later.
  type Store = Awaited<ReturnType<typeof freshStore>>;
  const restored = (store: Store) =>
    vi.waitFor(() => expect(store.getState().restoring).toBe(false));
  const stored = () => vi.waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull());
  const cleared = () => vi.waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).toBeNull());

  it('opens a file for the session only unless asked to keep it', async () => {
    const store = await freshStore();
    expect(store.getState().restoring).toBe(false);
    const load = await store.getState().openOwnFile(GOOD, 'mine.json');
    expect(load.status).toBe('ok');
    expect(store.getState().opened.map((o) => o.entry.id)).toEqual(['own:fixture-minimal']);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect((await store.getState().openOwnFile('{', 'broken.json')).status).toBe('error');
    expect(store.getState().opened).toHaveLength(1);
  });

  it('keeps files in this browser when asked, restores them on the next visit, and forgets them', async () => {
    let store = await freshStore();
    await store.getState().openOwnFile(GOOD, 'mine.json');
    store.getState().setKeepInBrowser(true);
    await stored();
    expect(readKept(localStorage).files).toEqual([{ name: 'mine.json', text: GOOD }]);

    vi.resetModules();
    store = await freshStore();
    // A visit with kept files waits for them before it judges an own case's link.
    expect(store.getState().restoring).toBe(true);
    await restored(store);
    expect(store.getState().opened.map((o) => o.entry.id)).toEqual(['own:fixture-minimal']);
    expect(store.getState().keepInBrowser).toBe(true);

    store.getState().forgetOpened('own:fixture-minimal');
    expect(store.getState().opened).toEqual([]);
    await cleared();
  });

  it('turning keeping off removes what was stored but keeps the session', async () => {
    const store = await freshStore();
    store.getState().setKeepInBrowser(true);
    await store.getState().openOwnFile(GOOD, 'mine.json');
    await stored();
    store.getState().setKeepInBrowser(false);
    await cleared();
    expect(store.getState().opened).toHaveLength(1);
  });

  it('starts with a note, not a crash, when the stored data is damaged', async () => {
    localStorage.setItem(STORAGE_KEY, '{"v":1,"files":[{"name":"x"');
    const store = await freshStore();
    await restored(store);
    expect(store.getState().opened).toEqual([]);
    expect(store.getState().storageNote).toMatch(/could not be read/);
  });
});
