// The reader's own files: the browser's opener runs the same validator as the CLI, adds size
// limits, and gives every opened case an entry id no library case can have.

import { describe, expect, it } from 'vitest';
import { Id } from '../../../src/core/format/index.ts';
import { loadOwnCase } from '../../../src/core/library/caseFromText.ts';
import {
  isOwnCase,
  ownFileTooLarge,
  ownFileUnreadable,
  OWN_PREFIX,
} from '../../../src/core/library/ownFile.ts';
import {
  MAX_CASE_BYTES,
  MAX_EVENTS,
  MAX_POINTS,
  sizeText,
  utf8Bytes,
} from '../../../src/core/validate/limits.ts';
import { validateCaseText } from '../../../src/core/validate/validateCase.ts';
import { baseCase, readFixture, VALID, type Loose } from '../validate/helpers.ts';

const brief = (p: { severity: string; code: string; path: string }) =>
  `${p.severity} ${p.code} ${p.path}`;

/** The valid fixture with `n` more events, each a day after the infusion. */
function withEvents(n: number): string {
  const c = baseCase() as Loose;
  const provenance = { source: 'fixture-src', locator: 'Synthetic', basis: 'stated' };
  for (let i = 0; i < n; i++)
    c.events.push({
      id: `e${i}`,
      kind: 'other',
      label: `Event ${i}`,
      time: { kind: 'offset', from: 'car-t', amount: i, unit: 'day' },
      provenance,
    });
  return JSON.stringify(c);
}

describe('loadOwnCase', () => {
  it('loads a valid file as a full case under an "own:" entry id no library id can take', () => {
    const load = loadOwnCase(readFixture(VALID), 'my-case.json');
    expect(load.status).toBe('ok');
    expect(load.entry).toEqual({
      id: `${OWN_PREFIX}fixture-minimal`,
      file: 'my-case.json',
      title: 'TEST FIXTURE — fictional minimal case (not patient data)',
    });
    if (load.status === 'ok')
      expect(load.resolved.order).toEqual(expect.arrayContaining(['dx', 'car-t', 'crs', 'cr']));
    expect(isOwnCase(load.entry.id)).toBe(true);
    expect(isOwnCase('fixture-minimal')).toBe(false);
    // The format refuses the colon in a library id, so the two kinds of id never meet.
    expect(Id.safeParse(load.entry.id).success).toBe(false);
  });

  it('names a file that is not a case after its file name', () => {
    const load = loadOwnCase('{ nope', 'My Case (2).JSON');
    expect(load.status).toBe('error');
    expect(load.entry).toEqual({
      id: 'own:my-case-2',
      file: 'My Case (2).JSON',
      title: 'My Case (2).JSON',
    });
    expect(load.problems.map(brief)).toEqual(['error invalid-json ']);
    expect(load.problems[0]!.file).toBe('My Case (2).JSON');
    expect(load.problems[0]!.line).toBe(1);
  });

  it("keeps the validator's warnings on a case that loads", () => {
    const text = readFixture('tests/fixtures/malformed/html-in-every-text-field.json');
    const load = loadOwnCase(text, 'html.json');
    expect(load.status).toBe('ok');
    expect(load.problems.length).toBeGreaterThan(0);
    expect(load.problems.every((p) => p.code === 'markup-in-text')).toBe(true);
  });

  it('refuses a 10 MB file with one size message, before parsing it', () => {
    const c = baseCase() as Loose;
    c.summary = 'x'.repeat(10 * 1024 * 1024);
    const text = JSON.stringify(c);
    const load = loadOwnCase(text, 'huge.json');
    expect(load.problems.map(brief)).toEqual(['error file-too-large ']);
    expect(load.problems[0]!.expected).toBe(`a case file of at most ${sizeText(MAX_CASE_BYTES)}`);
    expect(load.problems[0]!.found).toBe(
      `a file of ${sizeText(utf8Bytes(text))} (${utf8Bytes(text).toLocaleString('en')} bytes)`,
    );
    expect(load.problems[0]!.found).toMatch(/^a file of 10\.0 MB \(10,48\d,\d{3} bytes\)$/);
    // The CLI applies no size limit: it reads the file and names the over-long field.
    expect(validateCaseText(text, 'huge.json').problems.map(brief)).toEqual([
      'error too-long summary',
    ]);
  });

  it('refuses a file from its size alone, and reports one it could not read', () => {
    const big = ownFileTooLarge('big.json', 3 * 1024 * 1024);
    expect(big.problems.map(brief)).toEqual(['error file-too-large ']);
    expect(big.problems[0]!.found).toBe('a file of 3 MB (3,145,728 bytes)');
    const gone = ownFileUnreadable('gone.json', 'NotFoundError');
    expect(gone.problems.map(brief)).toEqual(['error unreadable-file ']);
    expect(gone.problems[0]!.found).toContain('NotFoundError');
  });

  it(`opens ${MAX_EVENTS} events and refuses one more with a count message`, () => {
    const atLimit = loadOwnCase(withEvents(MAX_EVENTS - 4), 'at.json');
    expect(atLimit.status).toBe('ok');
    const over = loadOwnCase(withEvents(MAX_EVENTS - 3), 'over.json');
    expect(over.problems.map(brief)).toEqual(['error too-many-events events']);
    expect(over.problems[0]!.found).toBe(`${MAX_EVENTS + 1} events`);
  });

  it(`refuses more than ${MAX_POINTS} measurement points`, () => {
    const c = baseCase() as Loose;
    const point = c.measurements[0].points[0];
    c.measurements[0].points = Array.from({ length: MAX_POINTS + 1 }, () => point);
    const load = loadOwnCase(JSON.stringify(c), 'points.json');
    expect(load.problems.map(brief)).toEqual(['error too-many-points measurements']);
  });

  it('survives junk nested 100,000 levels deep', () => {
    const depth = 100_000;
    const load = loadOwnCase('['.repeat(depth) + ']'.repeat(depth), 'deep.json');
    expect(load.problems.map(brief)).toEqual(['error wrong-type ']);
    const inside = readFixture(VALID).replace(
      '"curation": {',
      `"junk": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}, "curation": {`,
    );
    expect(loadOwnCase(inside, 'deep2.json').problems.map(brief)).toEqual([
      'error unknown-key junk',
    ]);
  });
});

describe('utf8Bytes', () => {
  it('counts UTF-8 bytes: 1 for ASCII, 2 for é, 3 for CJK, 4 for an emoji', () => {
    expect(utf8Bytes('abc')).toBe(new TextEncoder().encode('abc').length);
    for (const s of ['é', '中文', '😀 ok', 'μg/L 10⁶'])
      expect(utf8Bytes(s)).toBe(new TextEncoder().encode(s).length);
  });
});
