// npm run add-case on a temporary copy of public/data: the file is checked as `npm run validate`
// checks it, copied under its id, and listed in index.json, or refused with nothing written.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCase } from '../../../scripts/add-case.ts';
import { loadLibrary } from '../../../src/core/library/loadLibrary.ts';
import { readFixture, ROOT } from '../validate/helpers.ts';

const NEW = 'tests/fixtures/valid/fixture-format-1-1.json';
let data: string;
let tmp: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'caselines-add-case-'));
  data = path.join(tmp, 'data');
  cpSync(path.join(ROOT, 'public/data'), data, { recursive: true });
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const indexOf = () => readFileSync(path.join(data, 'index.json'), 'utf8');
const casesIn = () => (JSON.parse(indexOf()) as { cases: Array<Record<string, string>> }).cases;
const read = async (rel: string) => {
  const abs = path.join(data, rel);
  return existsSync(abs) ? readFileSync(abs, 'utf8') : null;
};

describe('addCase', () => {
  it('copies a valid case under its id and appends its entry to index.json', async () => {
    const before = casesIn();
    const result = await addCase(path.join(ROOT, NEW), data);
    expect(result.ok).toBe(true);
    expect(result.lines.at(-1)).toMatch(
      /^Added "fixture-format-1-1": .*cases\/fixture-format-1-1\.json/,
    );
    expect(readFileSync(path.join(data, 'cases/fixture-format-1-1.json'), 'utf8')).toBe(
      readFixture(NEW),
    );
    const after = casesIn();
    expect(after.slice(0, -1)).toEqual(before);
    const entry = after.at(-1)!;
    expect(Object.keys(entry)).toEqual(Object.keys(before[0]!));
    expect(entry).toEqual({
      id: 'fixture-format-1-1',
      file: 'cases/fixture-format-1-1.json',
      title: 'TEST FIXTURE — fictional case using every format 1.1 field (not patient data)',
    });
    // Stable formatting: 2-space JSON with a final newline, as the committed index.
    expect(indexOf()).toBe(`${JSON.stringify(JSON.parse(indexOf()), null, 2)}\n`);
    // The library, index and all, loads with the new case and without a problem.
    const lib = await loadLibrary(read);
    expect(lib.indexProblems).toEqual([]);
    expect(lib.cases.map((c) => [c.entry.id, c.status])).toContainEqual([
      'fixture-format-1-1',
      'ok',
    ]);
    expect(lib.cases.flatMap((c) => c.problems)).toEqual([]);
  });

  it("refuses a file with errors, with the validator's message, and writes nothing", async () => {
    const index = indexOf();
    const bad = path.join(ROOT, 'tests/fixtures/malformed/two-peaks.json');
    const result = await addCase(bad, data);
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual([
      expect.stringMatching(
        /^error: .*two-peaks\.json:151:11 at measurements\[0\]\.points\[1\]\.peak: expected one point marked "peak" in a series/,
      ),
      expect.stringMatching(/two-peaks\.json was not added: fix the errors above\.$/),
    ]);
    expect(indexOf()).toBe(index);
    expect(existsSync(path.join(data, 'cases/fixture-minimal.json'))).toBe(false);
  });

  it('refuses an id the index lists, and replaces it in place with --replace', async () => {
    const zhou = JSON.parse(readFixture('public/data/cases/003-zhou.json'));
    zhou.title = 'Zhou — a corrected title';
    const file = path.join(tmp, 'zhou-edited.json');
    writeFileSync(file, JSON.stringify(zhou, null, 2));
    const before = casesIn();

    const refused = await addCase(file, data);
    expect(refused.ok).toBe(false);
    expect(refused.lines.at(-1)).toMatch(
      /already lists the case "003-zhou" \(cases\/003-zhou\.json\)\. Run with --replace to overwrite it/,
    );
    expect(casesIn()).toEqual(before);

    const replaced = await addCase(file, data, { replace: true });
    expect(replaced.ok).toBe(true);
    // Saved under its id, so the warning about the file's own name does not apply.
    expect(replaced.lines).toEqual([expect.stringMatching(/^Replaced "003-zhou": /)]);
    const after = casesIn();
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(after.find((e) => e.id === '003-zhou')!.title).toBe('Zhou — a corrected title');
    expect(JSON.parse(readFileSync(path.join(data, 'cases/003-zhou.json'), 'utf8')).title).toBe(
      'Zhou — a corrected title',
    );
  });

  it(
    'runs as npm run add-case: exit 0 when added, 1 with usage when misused',
    { timeout: 90_000 },
    () => {
      const run = (...args: string[]) =>
        spawnSync('npx', ['tsx', 'scripts/add-case.ts', ...args], {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 60_000,
        });
      const ok = run('--data', data, NEW);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain('Added "fixture-format-1-1"');
      expect(casesIn().at(-1)!.id).toBe('fixture-format-1-1');
      const bad = run('--data', data);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('add-case: give one case file');
    },
  );
});
