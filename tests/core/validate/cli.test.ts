// The CLI as a user runs it: a child process, its printed lines and its exit code.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFixture, ROOT, VALID } from './helpers.ts';

/** Runs a script under tsx from the project root; stdout as lines, stderr minus npm's own chatter. */
function run(script: string, ...args: string[]) {
  const r = spawnSync('npx', ['tsx', script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const stderr = r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'));
  return {
    status: r.status,
    lines: r.stdout.split('\n').filter((l) => l !== ''),
    stdout: r.stdout,
    stderr,
  };
}

const validate = (...args: string[]) => run('scripts/validate.ts', ...args);
const slow = { timeout: 90_000 };

describe('npm run validate', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'caselines-cli-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('exits 0 for a valid case file and prints the summary', slow, () => {
    const r = validate('tests/fixtures/valid/fixture-format-1-1.json');
    expect(r.lines).toEqual(['1 file checked: 0 errors, 0 warnings']);
    expect(r.status).toBe(0);
  });

  it(
    'warns, naming both, when a file checked on its own has an id that is not its name',
    slow,
    () => {
      const r = validate(VALID);
      expect(r.lines).toEqual([
        'warning: tests/fixtures/valid/minimal-case.json:4:3 at id: expected "minimal-case", the file\'s name without ".json" (a case file is named after its id), found "fixture-minimal" in the file "minimal-case.json". Rename the file to "fixture-minimal.json", or change "id" to "minimal-case".',
        '1 file checked: 0 errors, 1 warning',
      ]);
      expect(r.status).toBe(0);
    },
  );

  it('exits 1 for a broken case file and prints each problem on one line', slow, () => {
    const r = validate(
      'tests/fixtures/invalid/unknown-product.json',
      'tests/fixtures/invalid/javascript-url.json',
    );
    expect(r.lines.filter((l) => !l.includes(' at id: '))).toEqual([
      'error: tests/fixtures/invalid/unknown-product.json:46:7 at events[1].product: expected the id of a product in "products", found "cd19-cart". Change it to "cd19-car-t", or add the product "cd19-cart" to "products".',
      'error: tests/fixtures/invalid/javascript-url.json:21:7 at sources[0].url: expected a web address starting with https:// or http://, found "javascript:alert(1)". Change it to a web address starting with https:// or http://.',
      '2 files checked: 2 errors, 1 warning',
    ]);
    expect(r.status).toBe(1);
  });

  it(
    'prints problems as JSON with --json, and reports a missing file without a stack trace',
    slow,
    () => {
      const r = validate(
        '--json',
        'tests/fixtures/invalid/invalid-json.txt',
        'no/such/file.json',
        'tests',
      );
      expect(r.status).toBe(1);
      expect(r.stderr).toEqual([]);
      const out = JSON.parse(r.stdout) as {
        filesChecked: number;
        errors: number;
        problems: Array<{ code: string; file: string }>;
      };
      expect(out.filesChecked).toBe(1);
      expect(out.problems.map((p) => `${p.code} ${p.file}`)).toEqual([
        'invalid-json tests/fixtures/invalid/invalid-json.txt',
        'missing-file no/such/file.json',
        'unreadable-file tests',
      ]);
    },
  );

  it('checks a whole library when given its index.json, including unlisted files', slow, () => {
    mkdirSync(path.join(tmp, 'cases'));
    const entries = [
      { id: 'fixture-minimal', file: 'cases/fixture-minimal.json', title: 'Fixture' },
      { id: 'gone', file: 'cases/gone.json', title: 'Missing' },
    ];
    writeFileSync(
      path.join(tmp, 'index.json'),
      JSON.stringify({ formatVersion: 1, cases: entries }, null, 2),
    );
    writeFileSync(path.join(tmp, 'cases/fixture-minimal.json'), readFixture(VALID));
    writeFileSync(path.join(tmp, 'cases/stray.json'), readFixture(VALID));
    const r = validate('--json', path.join(tmp, 'index.json'));
    const out = JSON.parse(r.stdout) as {
      filesChecked: number;
      problems: Array<{ code: string; path: string; file: string }>;
    };
    expect(out.problems.map((p) => `${p.code} ${path.basename(p.file)} ${p.path}`)).toEqual([
      'missing-file index.json cases[1].file',
      'unlisted-file stray.json ',
      // An unlisted file is checked on its own: its id is not its name.
      'id-differs-from-file-name stray.json id',
    ]);
    expect(out.filesChecked).toBe(3);
    expect(r.status).toBe(1);
  });

  it.runIf(existsSync(path.join(ROOT, 'public/data/index.json')))(
    'finds no errors in the shipped library',
    slow,
    () => {
      const r = validate();
      expect(r.stderr).toEqual([]);
      expect(r.lines.filter((l) => l.startsWith('error:'))).toEqual([]);
      expect(r.lines.at(-1)).toMatch(/^\d+ files checked: 0 errors, \d+ warnings?$/);
      expect(r.status).toBe(0);
    },
  );
});

describe('npm run schema -- --check', () => {
  it('exits 0 because the committed schema is current', slow, () => {
    const r = run('scripts/write-schema.ts', '--check');
    expect(r.lines).toEqual(['public/data/schema/case.schema.json is up to date.']);
    expect(r.status).toBe(0);
  });
});
