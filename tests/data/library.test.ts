// The shipped library: index.json, each case file's schema validity and internal references,
// the validator's verdict and time resolution.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Case, type Provenance, type TimeSpec } from '../../src/core/format/index.ts';
import { resolveCase } from '../../src/core/time/resolve.ts';
import { validateCaseText } from '../../src/core/validate/validateCase.ts';
import { validateIndexText } from '../../src/core/validate/validateIndex.ts';
import {
  allTimes,
  CASE_IDS,
  caseText,
  dataPath,
  index,
  loadCase,
  readData,
  repoPath,
} from './library.ts';

describe('library index', () => {
  it('index.json lists the six curated cases in order 000, 001, 002a, 002b, 003, 004', () => {
    expect(index.formatVersion).toBe(1);
    expect(index.cases.map((c) => c.id)).toEqual([...CASE_IDS]);
  });

  it('each entry points to cases/<id>.json and the file exists', () => {
    for (const entry of index.cases) {
      expect(entry.file).toBe(`cases/${entry.id}.json`);
      expect(existsSync(dataPath(entry.file)), entry.file).toBe(true);
    }
  });

  it('passes validateIndexText with no problems', () => {
    expect(validateIndexText(readData('index.json'), repoPath('index.json')).problems).toEqual([]);
  });

  it('public/data/cases holds exactly the six listed files', () => {
    const files = readdirSync(dataPath('cases')).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(index.cases.map((c) => c.file.slice('cases/'.length)).sort());
  });
});

describe.each(CASE_IDS.map((id) => [id]))('%s', (id) => {
  it('parses with Case.safeParse (format v1)', () => {
    const result = Case.safeParse(JSON.parse(caseText(id)));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has the id and title that index.json lists', () => {
    const c = loadCase(id);
    const entry = index.cases.find((e) => e.id === id)!;
    expect(c.id).toBe(id);
    expect(c.title).toBe(entry.title);
  });

  it('is pretty-printed with 2-space indentation and points editors at the JSON Schema', () => {
    const text = caseText(id);
    expect(text.startsWith('{\n  "$schema": "../schema/case.schema.json",\n')).toBe(true);
    for (const line of text.split('\n')) expect(line.match(/^ */)![0].length % 2).toBe(0);
  });

  it('has unique ids and every reference resolves (sources, products, events)', () => {
    const c = loadCase(id);
    const sourceIds = new Set(c.sources.map((s) => s.id));
    const productIds = new Set(c.products.map((p) => p.id));
    const eventIds = new Set(c.events.map((e) => e.id));
    expect(sourceIds.size).toBe(c.sources.length);
    expect(productIds.size).toBe(c.products.length);
    expect(eventIds.size).toBe(c.events.length);
    expect(new Set(c.measurements.map((s) => s.id)).size).toBe(c.measurements.length);

    const provenances: Provenance[] = [];
    const p = c.patient;
    if (p.sex) provenances.push(p.sex.provenance);
    if (p.age) provenances.push(p.age.provenance);
    provenances.push(p.disease.provenance);
    for (const f of [...(p.immunophenotype ?? []), ...(p.comorbidities ?? [])])
      provenances.push(f.provenance);
    for (const prod of c.products) {
      for (const key of [
        'targets',
        'origin',
        'vector',
        'costimulatory',
        'geneEditing',
        'dose',
      ] as const) {
        const fact = prod[key];
        if (fact) provenances.push(fact.provenance);
      }
    }
    for (const e of c.events) provenances.push(e.provenance);
    for (const s of c.measurements) {
      provenances.push(s.provenance);
      for (const pt of s.points) provenances.push(pt.provenance);
    }
    for (const pv of provenances) expect(sourceIds, pv.locator).toContain(pv.source);

    const refs = (t: TimeSpec): string[] =>
      t.kind === 'offset'
        ? [t.from]
        : t.kind === 'order'
          ? [...(t.after ?? []), ...(t.before ?? [])]
          : [];
    for (const t of allTimes(c)) for (const r of refs(t)) expect(eventIds).toContain(r);
    for (const e of c.events) {
      if (e.kind === 'car-t-infusion') expect(productIds).toContain(e.product);
      if (e.kind === 'toxicity') for (const r of e.treatedBy ?? []) expect(eventIds).toContain(r);
    }
  });

  it('names its curated copy in sources/ and curation date 2026-11-22', () => {
    const c = loadCase(id);
    for (const s of c.sources) expect(s.file).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    expect(c.curation.curatedOn).toBe('2026-11-22');
    expect(c.curation.notes.length).toBeGreaterThan(0);
  });

  it('invents no web address (no curated copy carries a publisher URL)', () => {
    for (const s of loadCase(id).sources) expect(s.url).toBeUndefined();
  });

  it('has no error-severity problems from validateCaseText', () => {
    const { case: parsed, problems } = validateCaseText(caseText(id), repoPath(`cases/${id}.json`));
    expect(problems.filter((pr) => pr.severity === 'error')).toEqual([]);
    expect(parsed?.id).toBe(id);
  });

  it('resolves in time without problems', () => {
    const r = resolveCase(loadCase(id));
    expect(r.problems).toEqual([]);
    for (const t of r.times.values()) expect(t.placement).not.toBe('error');
  });

  it('gives no event a day-precision date (none of the sources prints one for an event)', () => {
    for (const e of loadCase(id).events) expect(e.time.kind).not.toBe('date');
  });
});

describe('index.json itself', () => {
  it('is pretty-printed JSON', () => {
    const text = readData('index.json');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});
