// The published JSON Schema and the runtime validator must agree on structure. JSON Schema cannot
// express the meaning checks (ids that exist, grades on their scale, times without loops, …), nor
// zod refinements such as "a day that exists": those fixtures are listed apart below.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { Case, caseJsonSchema } from '../../../src/core/format/index.ts';
import { SCHEMA_FILE, schemaFileText } from '../../../src/core/validate/schemaFile.ts';
import { checkMutation, readFixture, ROOT, VALID, type Loose } from './helpers.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const accepts = ajv.compile(caseJsonSchema());
const json = (rel: string): unknown => JSON.parse(readFixture(rel));

const invalid = (name: string) => `tests/fixtures/invalid/${name}.json`;

/** Fixtures zod rejects for their structure: the JSON Schema must reject them too. */
const STRUCTURAL = [
  'javascript-url',
  'unknown-event-kind',
  'unrecognized-key',
  'missing-provenance',
];
/** Fixtures that are well-formed but wrong in meaning: beyond JSON Schema, so it accepts them. */
const SEMANTIC = [
  'astct-grade-5',
  'log-value-zero',
  'duplicate-event-id',
  'unknown-product',
  'unknown-source',
  'offset-cycle',
  'end-before-start',
  'case-id-differs',
];

describe('the published JSON Schema', () => {
  it('is the committed file, byte for byte', () => {
    expect(readFixture(SCHEMA_FILE)).toBe(schemaFileText());
    expect(JSON.parse(readFixture(SCHEMA_FILE))).toEqual(caseJsonSchema());
  });

  it('accepts the valid fixture', () => {
    expect(accepts(json(VALID)), ajv.errorsText(accepts.errors)).toBe(true);
  });

  const casesDir = path.join(ROOT, 'public/data/cases');
  const shipped = existsSync(casesDir)
    ? readdirSync(casesDir).filter((f) => f.endsWith('.json'))
    : [];
  it.each(shipped)('accepts the shipped case %s', (name) => {
    expect(accepts(json(`public/data/cases/${name}`)), ajv.errorsText(accepts.errors)).toBe(true);
  });

  it.each(STRUCTURAL)('rejects %s, as zod does', (name) => {
    const data = json(invalid(name));
    expect(Case.safeParse(data).success).toBe(false);
    expect(accepts(data)).toBe(false);
  });

  it.each(SEMANTIC)(
    'accepts %s: its error is one of meaning, checked by the validator only',
    (name) => {
      expect(accepts(json(invalid(name)))).toBe(true);
    },
  );

  it('cannot see an impossible date (a zod refinement), which the validator rejects', () => {
    const data = json(invalid('impossible-date'));
    expect(accepts(data)).toBe(true);
    expect(Case.safeParse(data).success).toBe(false);
  });

  const mutations: Record<string, (c: Loose) => void> = {
    'a number for a label': (c) => (c.events[0].label = 42),
    'an unknown basis': (c) => (c.events[0].provenance.basis = 'quoted'),
    'a derived fact without reason': (c) => (c.events[0].provenance.basis = 'derived'),
    'a fractional grade': (c) => (c.events[2].grade.value = 2.5),
    'a grade that is neither object nor "not-reported"': (c) => (c.events[2].grade = 'nr'),
    'no sources': (c) => (c.sources = []),
    'format version 2': (c) => (c.formatVersion = 2),
    'an id with capitals': (c) => (c.events[0].id = 'Dx'),
    'an unknown time kind': (c) => (c.events[0].time = { kind: 'day' }),
    'a month 13': (c) => (c.events[0].time = { kind: 'month', month: '2024-13' }),
  };
  it.each(Object.keys(mutations))('rejects %s, as zod does', (name) => {
    const c = JSON.parse(readFixture(VALID)) as Loose;
    mutations[name]!(c);
    expect(checkMutation(mutations[name]!).case).toBeNull();
    expect(accepts(c)).toBe(false);
  });
});
