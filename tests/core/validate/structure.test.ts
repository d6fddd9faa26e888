// Structural errors found by the zod schema, turned into plain words. Each test changes the valid
// fixture in one place and checks the single problem that results.

import { describe, expect, it } from 'vitest';
import { checkMutation, essentials, type Loose } from './helpers.ts';

/** The only problem a mutation causes, without its position. */
function only(mutate: (c: Loose) => void) {
  const { problems, case: c } = checkMutation(mutate);
  expect(c).toBeNull();
  expect(problems).toHaveLength(1);
  return essentials(problems[0]!);
}

describe('validateCaseText structural problems', () => {
  it('names the missing locator of a provenance and says what it is for', () => {
    expect(only((c) => delete c.events[0].provenance.locator)).toEqual({
      severity: 'error',
      code: 'missing-field',
      path: 'events[0].provenance.locator',
      expected: '"locator" (text)',
      found: 'nothing',
      fix: 'Add "locator": where in the source: section heading, paragraph, figure.',
    });
  });

  it('lists the allowed bases for an unknown provenance basis', () => {
    expect(only((c) => (c.events[0].provenance.basis = 'quoted'))).toMatchObject({
      code: 'unknown-basis',
      path: 'events[0].provenance.basis',
      expected: 'one of "stated", "derived"',
      found: '"quoted"',
      fix: 'Use one of: "stated", "derived".',
    });
  });

  it('asks for the reason of a derived fact, not for a generic union match', () => {
    expect(only((c) => (c.events[0].provenance.basis = 'derived'))).toMatchObject({
      code: 'missing-field',
      path: 'events[0].provenance.reason',
      fix: 'Add "reason": how the fact was calculated or inferred.',
    });
  });

  it('lists the time kinds for an unknown time kind', () => {
    expect(only((c) => (c.events[0].time = { kind: 'day', date: '2024-01-01' }))).toMatchObject({
      code: 'unknown-kind',
      path: 'events[0].time.kind',
      expected: 'one of "date", "month", "year", "offset", "order", "source-date", "unknown"',
      found: '"day"',
      fix: 'Use one of: "date", "month", "year", "offset", "order", "source-date", "unknown".',
    });
  });

  it('asks for a missing time kind with its allowed values', () => {
    expect(only((c) => (c.events[0].time = { month: '2024-01' }))).toMatchObject({
      code: 'missing-field',
      path: 'events[0].time.kind',
      expected:
        '"kind" (one of "date", "month", "year", "offset", "order", "source-date", "unknown")',
    });
  });

  it('suggests the right case for an enum value written in the wrong case', () => {
    expect(only((c) => (c.events[2].toxicity = 'crs'))).toMatchObject({
      code: 'invalid-value',
      path: 'events[2].toxicity',
      found: '"crs"',
      fix: 'Change it to "CRS".',
    });
  });

  it('reports a number where text belongs', () => {
    expect(only((c) => (c.events[0].label = 42))).toMatchObject({
      code: 'wrong-type',
      path: 'events[0].label',
      expected: 'text',
      found: '42',
      fix: 'Change it to text.',
    });
  });

  it('looks inside a grade object for the wrong field instead of reporting "invalid union"', () => {
    expect(only((c) => (c.events[2].grade.value = 2.5))).toMatchObject({
      code: 'wrong-type',
      path: 'events[2].grade.value',
      expected: 'a whole number',
      found: '2.5',
    });
  });

  it('names both allowed shapes of a grade when the value fits neither', () => {
    expect(only((c) => (c.events[2].grade = 'nr'))).toMatchObject({
      code: 'wrong-type',
      path: 'events[2].grade',
      expected: 'either an object with "scale" and "value", or "not-reported"',
      found: '"nr"',
    });
  });

  it('requires at least one source', () => {
    expect(only((c) => (c.sources = []))).toMatchObject({
      code: 'too-short',
      path: 'sources',
      expected: 'a list of at least 1 item',
      found: 'an empty list',
    });
  });

  it('reports the length of text that is too long instead of printing it', () => {
    expect(only((c) => (c.title = 'x'.repeat(201)))).toMatchObject({
      code: 'too-long',
      expected: 'text of at most 200 characters',
      found: 'text of 201 characters',
      fix: 'Shorten it to 200 characters or fewer.',
    });
  });

  it('reports a year before 1900 as out of range', () => {
    expect(only((c) => (c.events[0].time = { kind: 'year', year: 1800 }))).toMatchObject({
      code: 'out-of-range',
      path: 'events[0].time.year',
      expected: 'a number ≥ 1900',
      found: '1800',
    });
  });

  it('reports a format version it does not read', () => {
    expect(only((c) => (c.formatVersion = 2))).toMatchObject({
      code: 'invalid-value',
      path: 'formatVersion',
      expected: 'one of 1, 1.1',
      found: '2',
    });
  });

  it('offers to leave out an optional field that is empty', () => {
    expect(only((c) => (c.sources[0].venue = ''))).toMatchObject({
      code: 'too-short',
      expected: 'non-empty text',
      fix: 'Write the text, or leave the field out.',
    });
  });

  it('explains the id format using the message written in the format', () => {
    expect(only((c) => (c.events[0].id = 'Diagnosis 1'))).toMatchObject({
      code: 'invalid-format',
      path: 'events[0].id',
      expected: 'an id of lower-case letters, digits and hyphens, e.g. "car-t-1"',
      found: '"Diagnosis 1"',
    });
  });

  it('says "Remove" for an unknown key with no near allowed key', () => {
    expect(only((c) => (c.events[0].provenance.page = 3))).toMatchObject({
      code: 'unknown-key',
      path: 'events[0].provenance.page',
      expected: 'only the keys source, locator, quote, basis, corroboratedBy',
      fix: 'Remove "page".',
    });
  });

  it('shortens long text in "found" to about 60 characters', () => {
    expect(only((c) => (c.events[0].id = 'A'.repeat(64))).found).toBe(`"${'A'.repeat(59)}…"`);
  });

  it('skips meaning checks while the structure is broken', () => {
    const { problems } = checkMutation((c) => {
      c.events[0].label = 42;
      c.events[1].product = 'nope';
    });
    expect(problems.map((p) => p.code)).toEqual(['wrong-type']);
  });
});
