import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/validate/problem.ts';
import { validateIndexText } from '../../../src/core/validate/validateIndex.ts';

const entry = (id: string, file = `cases/${id}.json`) => ({ id, file, title: `Case ${id}` });
const indexText = (cases: unknown[]) => JSON.stringify({ formatVersion: 1, cases }, null, 2);

describe('validateIndexText', () => {
  it('accepts a well-formed index', () => {
    const r = validateIndexText(indexText([entry('a'), entry('b')]), 'index.json');
    expect(r.problems).toEqual([]);
    expect(r.index?.cases.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('rejects two entries with the same case id', () => {
    const r = validateIndexText(indexText([entry('a'), entry('a', 'cases/a2.json')]), 'index.json');
    expect(r.index).toBeNull();
    expect(r.problems.map(formatProblem)).toEqual([
      'error: index.json:10:7 at cases[1].id: expected an id no other entry in "cases" has, found "a", already the id of cases[0]. Give each case its own id (the one inside its case file).',
    ]);
  });

  it('warns about one file listed twice', () => {
    const r = validateIndexText(indexText([entry('a'), entry('b', 'cases/a.json')]), 'index.json');
    expect(r.index).not.toBeNull();
    expect(r.problems.map((p) => `${p.severity} ${p.code} at ${p.path}`)).toEqual([
      'warning duplicate-file at cases[1].file',
    ]);
  });

  it('explains the expected shape of a file path', () => {
    const r = validateIndexText(indexText([entry('a', 'a.json')]), 'index.json');
    expect(r.problems[0]).toMatchObject({
      code: 'invalid-format',
      path: 'cases[0].file',
      expected: 'a path like "cases/003-zhou.json"',
      found: '"a.json"',
    });
  });
});
