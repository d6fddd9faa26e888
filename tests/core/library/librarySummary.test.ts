// The library summary is made from the shipped files by the same loader the app uses; these tests
// read public/data from disk, as the build does.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildLibrarySummary,
  contentHash,
  loadListedCase,
  parseLibrarySummary,
  SUMMARY_VERSION,
  type LibraryEntry,
  type Reader,
} from '../../../src/core/library/index.ts';
import { folderReader, libraryJson } from '../../../scripts/librarySummary.ts';

const DATA = 'public/data';
const disk: Reader = folderReader(DATA);
const withFile =
  (rel: string, text: string | null): Reader =>
  async (p) =>
    p === rel ? text : disk(p);

const ok = (e: LibraryEntry | undefined) => {
  if (e?.status !== 'ok') throw new Error(`${e?.id} did not load`);
  return e;
};

describe('the library summary of the shipped cases', () => {
  it('lists every index entry in order, with file, title and a hash of the exact file text', async () => {
    const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as {
      cases: Array<{ id: string; file: string; title: string }>;
    };
    const { summary } = await buildLibrarySummary(disk);
    expect(summary.cases.map((e) => [e.id, e.file, e.title])).toEqual(
      index.cases.map((c) => [c.id, c.file, c.title]),
    );
    for (const e of summary.cases)
      expect(e.hash).toBe(contentHash(readFileSync(join(DATA, e.file), 'utf8')));
  });

  it('says what the sources say about grades, origin, transplant and outcome, and "not reported" where they are silent', async () => {
    const { summary } = await buildLibrarySummary(disk);
    const by = (id: string) => ok(summary.cases.find((e) => e.id === id));
    const zhou = by('003-zhou');
    expect(zhou.crs.key).toBe('1');
    expect(zhou.icans.key).toBe('none'); // "ICANS not observed" is stated, not silence
    expect(zhou.products.map((p) => p.origin)).toEqual(['allogeneic']);
    expect(zhou.targets.map((t) => t.target)).toEqual(['CD7']);
    const sun = by('001-grandma-sun');
    expect(sun.targets).toEqual([]);
    expect(sun.products.map((p) => p.origin)).toEqual([null]);
    const kong = by('004-kong');
    expect(kong.products.map((p) => p.origin)).toEqual(['autologous', 'donor-derived']);
    const pan1 = by('002a-pan-case-1');
    expect(pan1.transplantAfter).toBe('yes'); // CAR-T bridging to allo-HSCT
    expect(pan1.outcome?.derived).toBe(true);
    const marina = by('000-marina');
    expect(marina.transplantAfter).not.toBe('yes'); // her transplant came before CAR-T
    for (const e of summary.cases.map(ok))
      expect(e.counts.events).toBe(
        (JSON.parse(readFileSync(join(DATA, e.file), 'utf8')) as { events: unknown[] }).events
          .length,
      );
  });

  it('carries a broken case file as an entry with the build check’s problems, naming the file', async () => {
    const { summary } = await buildLibrarySummary(
      withFile('cases/002a-pan-case-1.json', '{ "formatVersion": 1, "id": '),
      { label: (p) => `data/${p}` },
    );
    const broken = summary.cases.find((e) => e.id === '002a-pan-case-1')!;
    expect(broken.status).toBe('error');
    if (broken.status !== 'error') return;
    expect(broken.problems[0]!.file).toBe('data/cases/002a-pan-case-1.json');
    expect(broken.problems[0]!.expected).toBeTruthy();
    expect(summary.cases.filter((e) => e.status === 'ok')).toHaveLength(5);
  });

  it('is JSON the app reads back unchanged, and a third of the case files or less', async () => {
    const text = await libraryJson(DATA);
    const { summary } = await buildLibrarySummary(disk, { label: (p) => `data/${p}` });
    expect(parseLibrarySummary(text, 'data/library.json')).toEqual(summary);
    const files = summary.cases.reduce(
      (n, e) => n + readFileSync(join(DATA, e.file), 'utf8').length,
      0,
    );
    // Each entry carries its swimmer row (markers with their stated times, quotes included).
    expect(text.length).toBeLessThan(files / 3);
  });
});

describe('parseLibrarySummary', () => {
  it('names the file, what was expected and what to do when the summary is damaged', () => {
    const bad = parseLibrarySummary(
      `{"formatVersion":${SUMMARY_VERSION},"cases":[{"id":3}]}`,
      'data/library.json',
    );
    expect(bad && 'problems' in bad ? bad.problems[0] : null).toMatchObject({
      file: 'data/library.json',
      path: 'cases[0]',
      fix: expect.stringContaining('npm run build'),
    });
    const notJson = parseLibrarySummary('<html>', 'data/library.json');
    expect(notJson && 'problems' in notJson).toBe(true);
  });

  it('returns null for another version, so the app builds the summary from the files itself', () => {
    expect(parseLibrarySummary('{"formatVersion":99,"cases":[]}', 'x')).toBeNull();
  });
});

describe('loadListedCase', () => {
  it('reads one listed case alone and checks it in full', async () => {
    const reads: string[] = [];
    const load = await loadListedCase(
      async (p) => {
        reads.push(p);
        return disk(p);
      },
      { id: '003-zhou', file: 'cases/003-zhou.json', title: 'Zhou' },
      4,
    );
    expect(reads).toEqual(['cases/003-zhou.json']);
    expect(load.status).toBe('ok');
  });

  it('reports an id that differs from the summary’s at the index entry that names it', async () => {
    const load = await loadListedCase(
      disk,
      { id: 'someone-else', file: 'cases/003-zhou.json', title: 'Zhou' },
      4,
    );
    expect(load.status).toBe('error');
    expect(load.problems.map((p) => p.code)).toContain('id-mismatch');
    expect(load.problems.find((p) => p.code === 'id-mismatch')!.expected).toContain('cases[4].id');
  });
});
