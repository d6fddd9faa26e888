// The library store reads the summary first and each case file only when asked, once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLibraryStore } from '../../src/app/store/libraryStore.ts';
import type { Reader } from '../../src/core/library/index.ts';
import { libraryJson } from '../../scripts/librarySummary.ts';

const DATA = 'public/data';
const summaryText = await libraryJson(DATA);

/** A reader over public/data that records what it is asked for; `summary` is served or not. */
function recorder(summary: string | null): { read: Reader; reads: string[] } {
  const reads: string[] = [];
  const read: Reader = async (p) => {
    reads.push(p);
    if (p === 'library.json') return summary;
    try {
      return readFileSync(join(DATA, p), 'utf8');
    } catch {
      return null;
    }
  };
  return { read, reads };
}

beforeEach(() => {
  useLibraryStore.setState({ state: { status: 'idle' }, loaded: {}, reader: null });
});

describe('the library store', () => {
  it('loads the served summary alone, then reads each asked-for case once, in one batch', async () => {
    const { read, reads } = recorder(summaryText);
    await useLibraryStore.getState().load(read);
    const s = useLibraryStore.getState();
    expect(s.state.status).toBe('ready');
    expect(reads).toEqual(['library.json']);
    expect(s.loaded).toEqual({});
    await Promise.all([
      s.ensureCases(['003-zhou', '004-kong']),
      s.ensureCases(['003-zhou']), // asked again while being read: not read twice
    ]);
    await s.ensureCases(['003-zhou', 'no-such-case']);
    expect(reads).toEqual(['library.json', 'cases/003-zhou.json', 'cases/004-kong.json']);
    const loaded = useLibraryStore.getState().loaded;
    expect(Object.keys(loaded).sort()).toEqual(['003-zhou', '004-kong']);
    expect(loaded['003-zhou']!.status).toBe('ok');
  });

  it('readCases gives the asked-for cases in order once read, waiting for a read already under way', async () => {
    const { read, reads } = recorder(summaryText);
    await useLibraryStore.getState().load(read);
    const s = useLibraryStore.getState();
    // The cohort's offline export asks for cases a view is already reading: both get them.
    const [, both] = await Promise.all([
      s.ensureCases(['003-zhou']),
      s.readCases(['004-kong', '003-zhou', 'no-such-case']),
    ]);
    expect(both.map((l) => l.entry.id)).toEqual(['004-kong', '003-zhou']);
    expect(both.every((l) => l.status === 'ok')).toBe(true);
    expect(reads.filter((p) => p === 'cases/003-zhou.json')).toHaveLength(1);
  });

  it('shows a case file broken after the build with its problems when it is opened', async () => {
    const { read } = recorder(summaryText);
    const broken: Reader = async (p) =>
      p === 'cases/003-zhou.json' ? '{ "formatVersion": 1, "id": ' : read(p);
    await useLibraryStore.getState().load(broken);
    await useLibraryStore.getState().ensureCases(['003-zhou']);
    const zhou = useLibraryStore.getState().loaded['003-zhou']!;
    expect(zhou.status).toBe('error');
    expect(zhou.problems[0]!.file).toBe('data/cases/003-zhou.json');
  });

  it('without a served summary (an offline copy), builds one from every file and keeps the cases', async () => {
    const { read, reads } = recorder(null);
    await useLibraryStore.getState().load(read);
    const s = useLibraryStore.getState();
    if (s.state.status !== 'ready') throw new Error('not ready');
    expect(JSON.stringify(s.state.summary)).toBe(summaryText);
    expect(Object.keys(s.loaded)).toHaveLength(s.state.summary.cases.length);
    const before = reads.length;
    await s.ensureCases(['003-zhou']);
    expect(reads).toHaveLength(before);
  });

  it('lists nothing, with the problem, when the served summary is damaged', async () => {
    const { read } = recorder('<!doctype html>');
    await useLibraryStore.getState().load(read);
    const s = useLibraryStore.getState().state;
    if (s.status !== 'ready') throw new Error('not ready');
    expect(s.summary.cases).toEqual([]);
    expect(s.summary.indexProblems[0]).toMatchObject({ file: 'data/library.json' });
  });
});
