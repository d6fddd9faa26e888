// The loader reads through an in-memory Reader here: the same code the browser runs over fetch.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLibrary, type Reader } from '../../../src/core/library/loadLibrary.ts';
import { formatProblem } from '../../../src/core/validate/problem.ts';

const root = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const fixture = (rel: string) => readFileSync(path.join(root, 'tests/fixtures', rel), 'utf8');
const VALID = fixture('valid/minimal-case.json');

const index = (...ids: string[]) =>
  JSON.stringify(
    {
      formatVersion: 1,
      cases: ids.map((id) => ({ id, file: `cases/${id}.json`, title: `Case ${id}` })),
    },
    null,
    2,
  );

/** A reader over a fixed set of files; absent paths read as missing. */
const memory =
  (files: Record<string, string>): Reader =>
  async (rel) =>
    files[rel] ?? null;

describe('loadLibrary', () => {
  it('loads and resolves a valid case', async () => {
    const lib = await loadLibrary(
      memory({ 'index.json': index('fixture-minimal'), 'cases/fixture-minimal.json': VALID }),
    );
    expect(lib.indexProblems).toEqual([]);
    const [c] = lib.cases;
    expect(c?.status).toBe('ok');
    if (c?.status !== 'ok') return;
    expect(c.case.id).toBe('fixture-minimal');
    expect(c.resolved.defaultAnchor).toBe('car-t');
    expect(c.problems).toEqual([]);
  });

  it('reports an index entry whose file is missing at that entry, and still loads the others', async () => {
    const lib = await loadLibrary(
      memory({
        'index.json': index('fixture-minimal', 'gone'),
        'cases/fixture-minimal.json': VALID,
      }),
      { label: (p) => `data/${p}` },
    );
    expect(lib.cases.map((c) => c.status)).toEqual(['ok', 'error']);
    expect(lib.cases[1]!.problems.map(formatProblem)).toEqual([
      'error: data/index.json:11:7 at cases[1].file: expected the path of an existing case file, found "cases/gone.json", which does not exist. Add the file cases/gone.json, or correct the path or remove the entry.',
    ]);
  });

  it('reports a case whose id differs from its index entry', async () => {
    const lib = await loadLibrary(
      memory({
        'index.json': index('fixture-minimal'),
        'cases/fixture-minimal.json': fixture('invalid/case-id-differs.json'),
      }),
    );
    expect(lib.cases[0]!.status).toBe('error');
    expect(lib.cases[0]!.problems.map(formatProblem)).toEqual([
      'error: cases/fixture-minimal.json:4:3 at id: expected "fixture-minimal", the id index.json gives this file at cases[0].id, found "fixture-other". Make the two ids the same: change this one or the index entry.',
    ]);
  });

  it('keeps going when one case is broken and the reader fails on another', async () => {
    const read: Reader = async (rel) => {
      if (rel === 'cases/b.json') throw new Error('HTTP 500');
      if (rel === 'cases/a.json') return '{ nope';
      if (rel === 'cases/fixture-minimal.json') return VALID;
      return rel === 'index.json' ? index('a', 'b', 'fixture-minimal') : null;
    };
    const lib = await loadLibrary(read);
    expect(
      lib.cases.map((c) => `${c.entry.id}: ${c.status} ${c.problems.map((p) => p.code).join(',')}`),
    ).toEqual(['a: error invalid-json', 'b: error unreadable-file', 'fixture-minimal: ok ']);
  });

  it('passes warnings along with a case that loads', async () => {
    const noLink = VALID.replace(
      '"url": "https://example.org/caselines-fixture"',
      '"venue": "Nowhere"',
    );
    const lib = await loadLibrary(
      memory({ 'index.json': index('fixture-minimal'), 'cases/fixture-minimal.json': noLink }),
    );
    expect(lib.cases[0]).toMatchObject({
      status: 'ok',
      problems: [{ code: 'source-without-link' }],
    });
  });

  it('reports a missing index and loads nothing', async () => {
    const lib = await loadLibrary(memory({}));
    expect(lib.index).toBeNull();
    expect(lib.cases).toEqual([]);
    expect(lib.indexProblems.map((p) => `${p.code} ${p.file}`)).toEqual([
      'missing-file index.json',
    ]);
  });

  it('reports an invalid index and loads nothing', async () => {
    const lib = await loadLibrary(memory({ 'index.json': '{ "formatVersion": 1 }' }));
    expect(lib.index).toBeNull();
    expect(lib.indexProblems.map((p) => `${p.code} at ${p.path}`)).toEqual([
      'missing-field at cases',
    ]);
  });
});
