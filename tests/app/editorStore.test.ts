// @vitest-environment jsdom
// The editor's drafts: undo and redo as a history of snapshots, typing in one field as one step,
// every change saved in this browser with its time, and drafts read back after a reload.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFTS_KEY, readDrafts } from '../../src/app/editor/draftStorage.ts';

async function freshStore(now: { t: number }) {
  vi.resetModules();
  const m = await import('../../src/app/editor/editorStore.ts');
  m.setEditorClock(() => now.t);
  return m;
}

describe('editor store', () => {
  beforeEach(() => localStorage.clear());

  it('undoes and redoes edits in order; a new edit clears what was undone', async () => {
    const now = { t: 1000 };
    const { useEditorStore } = await freshStore(now);
    const s = useEditorStore.getState();
    const id = s.create({ id: 'c', title: 'One', events: [] });
    const doc = () => useEditorStore.getState().drafts[id]!.doc as Record<string, unknown>;
    s.edit(id, [{ op: 'set', path: ['title'], value: 'Two' }]);
    now.t += 5000;
    s.edit(id, [{ op: 'insert', path: ['events'], index: 0, value: { id: 'dx' } }]);
    expect(doc()).toEqual({ id: 'c', title: 'Two', events: [{ id: 'dx' }] });
    s.undo(id);
    expect(doc()).toEqual({ id: 'c', title: 'Two', events: [] });
    s.undo(id);
    expect(doc().title).toBe('One');
    s.undo(id); // nothing left: no change
    expect(doc().title).toBe('One');
    s.redo(id);
    expect(doc().title).toBe('Two');
    s.edit(id, [{ op: 'set', path: ['id'], value: 'd' }]);
    expect(useEditorStore.getState().drafts[id]!.future).toEqual([]);
  });

  it('typing in one field within a second is one undo step; a pause or another field starts a new one', async () => {
    const now = { t: 0 };
    const { useEditorStore } = await freshStore(now);
    const s = useEditorStore.getState();
    const id = s.create({ title: '' });
    for (const text of ['A', 'Ab', 'Abc']) {
      now.t += 200;
      s.edit(id, [{ op: 'set', path: ['title'], value: text }]);
    }
    now.t += 2000;
    s.edit(id, [{ op: 'set', path: ['title'], value: 'Abcd' }]);
    const title = () => (useEditorStore.getState().drafts[id]!.doc as { title: string }).title;
    s.undo(id);
    expect(title()).toBe('Abc');
    s.undo(id);
    expect(title()).toBe('');
  });

  it('saves every change with its time, and a reload reads the drafts back', async () => {
    const now = { t: Date.UTC(2026, 11, 2, 13, 0) };
    const first = await freshStore(now);
    const id = first.useEditorStore.getState().create({ id: 'c', title: 'Kept' }, '003-zhou');
    now.t += 60_000;
    first.useEditorStore
      .getState()
      .edit(id, [{ op: 'set', path: ['title'], value: 'Kept, edited' }]);
    const stored = readDrafts(localStorage).drafts;
    expect(stored).toEqual([
      {
        id,
        text: '{\n  "id": "c",\n  "title": "Kept, edited"\n}\n',
        savedAt: now.t,
        origin: '003-zhou',
      },
    ]);
    const second = await freshStore(now);
    const back = second.useEditorStore.getState().drafts[id]!;
    expect(back.doc).toEqual({ id: 'c', title: 'Kept, edited' });
    expect(back.savedAt).toBe(now.t);
    expect(second.draftName(back)).toBe('Kept, edited');
  });

  it('damaged storage is reported, not thrown, and left for the curator to recover', async () => {
    localStorage.setItem(DRAFTS_KEY, '{"v":1,"drafts":[{"id":5}]}');
    const { useEditorStore } = await freshStore({ t: 0 });
    expect(useEditorStore.getState().drafts).toEqual({});
    expect(useEditorStore.getState().storageNote).toMatch(/could not be read/);
    expect(localStorage.getItem(DRAFTS_KEY)).toBe('{"v":1,"drafts":[{"id":5}]}');
  });
});
