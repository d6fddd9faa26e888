// Syntax errors are explained by our own scan, so the wording and position do not depend on the
// Node version's JSON.parse messages.

import { describe, expect, it } from 'vitest';
import { validateCaseText } from '../../../src/core/validate/validateCase.ts';
import { essentials } from './helpers.ts';

/** The single syntax problem of a text, with its position. */
function syntax(text: string) {
  const { problems } = validateCaseText(text, 'f.json');
  expect(problems).toHaveLength(1);
  const p = problems[0]!;
  expect(p.code).toBe('invalid-json');
  return {
    at: `${p.line}:${p.column}`,
    path: p.path,
    expected: p.expected,
    found: p.found,
    fix: p.fix,
  };
}

describe('validateCaseText on text that is not JSON', () => {
  it('points at a trailing comma and says to remove it', () => {
    expect(syntax('{\n  "a": [1, 2,]\n}')).toEqual({
      at: '2:14',
      path: 'a',
      expected: 'a value',
      found: '"]"',
      fix: 'Remove the comma before "]".',
    });
  });

  it('asks for double quotes around single-quoted keys', () => {
    expect(syntax("{ 'id': 1 }")).toMatchObject({
      at: '1:3',
      expected: 'a key in double quotes',
      found: '"\'"',
    });
  });

  it('reports text left open at the end of its line', () => {
    expect(syntax('{ "title": "abc\n}')).toMatchObject({
      at: '1:16',
      expected: 'a closing double quote',
      found: 'the end of the line',
    });
  });

  it('reports True with advice to write it in lower case', () => {
    expect(syntax('{ "occurred": True }')).toMatchObject({
      at: '1:15',
      found: 'True',
      fix: 'Write true, false or null in lower case.',
    });
  });

  it('reports NaN, which JSON does not have', () => {
    expect(syntax('{ "value": NaN }').fix).toBe(
      'JSON has no NaN: leave the field out, or write a number.',
    );
  });

  it('reports a number with a leading zero', () => {
    expect(syntax('{ "day": 013 }')).toMatchObject({
      at: '1:10',
      expected: 'a number such as 12, -3.5 or 1e6',
    });
  });

  it('reports a missing colon', () => {
    expect(syntax('{ "id" "x" }')).toMatchObject({
      at: '1:8',
      expected: '":" after the key',
      found: '"x"',
    });
  });

  it('reports a file cut short', () => {
    expect(syntax('{ "events": [ { "id": "a" }')).toMatchObject({
      expected: '"," or "]"',
      found: 'the end of the file',
      path: 'events',
    });
  });

  it('reports content after the closing brace', () => {
    expect(syntax('{}\n{}')).toMatchObject({ at: '2:1', expected: 'the end of the file' });
  });

  it('reports an empty file as such', () => {
    expect(syntax('  \n')).toMatchObject({ expected: 'a JSON object', found: 'an empty file' });
  });

  it('reports a raw tab inside text', () => {
    expect(syntax('{ "a": "x\ty" }')).toMatchObject({ at: '1:10', found: 'a tab character' });
  });

  it('reports a bad escape', () => {
    expect(syntax('{ "a": "C:\\data" }')).toMatchObject({ at: '1:11', found: '"\\\\d"' });
  });

  it('accepts a byte-order mark and keeps columns of the file', () => {
    const { problems } = validateCaseText('\uFEFF{ "id": 1 }', 'f.json');
    expect(problems[0]).toMatchObject({ code: 'missing-field', line: 1 });
  });

  it('does not overflow the stack on deeply nested input', () => {
    const deep = '['.repeat(100_000);
    expect(() => validateCaseText(deep, 'f.json')).not.toThrow();
    expect(() => validateCaseText(`${deep}${']'.repeat(100_000)}`, 'f.json')).not.toThrow();
  });

  it('reports a top-level list as the wrong type for the whole file', () => {
    const { problems } = validateCaseText('[]', 'f.json');
    expect(problems.map(essentials)).toMatchObject([
      { code: 'wrong-type', path: '', found: 'an empty list' },
    ]);
    expect(problems[0]!.expected).toMatch(/^an object with "formatVersion", "id", /);
  });

  it('warns about a key written twice, at the second one, since only that one is read', () => {
    const text = '{\n  "formatVersion": 1,\n  "formatVersion": 1\n}';
    const dup = validateCaseText(text, 'f.json').problems.find((p) => p.code === 'duplicate-key');
    expect(dup).toMatchObject({ severity: 'warning', path: 'formatVersion', line: 3, column: 3 });
  });
});
