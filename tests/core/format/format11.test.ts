// Format 1.1 adds optional fields only: every 1.0 file reads as before, and each addition is read,
// drawn and worded by the same code as the fields it sits beside.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Case,
  CASE_SCHEMA_IN_REPO,
  CASE_SCHEMA_PATH,
  caseSchemaUrl,
  toxicityGrade,
  type Event,
  type Point,
  type Series,
  type ToxicityEvent,
} from '../../../src/core/format/index.ts';
import { isTreatment } from '../../../src/core/format/treatments.ts';
import { glyphFor } from '../../../src/core/glyphs/index.ts';
import { gradeMeaning } from '../../../src/core/glyphs/gradeMeaning.ts';
import { LEGEND_TEXT } from '../../../src/core/glyphs/legendText.ts';
import { laneOfEvent } from '../../../src/core/layout/lanes.ts';
import { valueLabel } from '../../../src/core/layout/marks.ts';
import { sourceCitation } from '../../../src/core/export/citation.ts';
import { shortCitation } from '../../../src/core/summary/citation.ts';
import { maxGrade } from '../../../src/core/summary/maxGrade.ts';
import { gradeCourseLines, toxicityGradeText } from '../../../src/core/summary/toxicityText.ts';
import { pointValueText } from '../../../src/core/summary/valueText.ts';
import { validateCaseText } from '../../../src/core/validate/validateCase.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';
import { readFixture, ROOT } from '../validate/helpers.ts';

const FIXTURE = 'tests/fixtures/valid/fixture-format-1-1.json';
const fixture = () => Case.parse(JSON.parse(readFixture(FIXTURE)));
const event = (c: Case, id: string) => c.events.find((e) => e.id === id)!;
const base = { label: 'e', time: { kind: 'unknown' }, provenance: stated } as const;

const jsonFiles = (dir: string) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`);

describe('format 1.1 keeps format 1.0 files valid', () => {
  const files = [...jsonFiles('public/data/cases'), ...jsonFiles('tests/fixtures/valid')];
  const old = files.filter((f) => JSON.parse(readFixture(f)).formatVersion === 1);

  it('still has the 1.0 files to check (shipped cases and fixtures)', () => {
    expect(old.length).toBeGreaterThanOrEqual(8);
  });

  it.each(old)('%s validates with no problem at all', (file) => {
    expect(validateCaseText(readFixture(file), file).problems).toEqual([]);
  });

  it('reads "formatVersion": 1.1 and refuses 1.2', () => {
    const c = JSON.parse(readFixture(FIXTURE));
    expect(validateCaseText(JSON.stringify(c), 'a.json').problems).toEqual([]);
    c.formatVersion = 1.2;
    const p = validateCaseText(JSON.stringify(c), 'a.json').problems;
    expect(p.map((x) => `${x.code} ${x.path} ${x.expected}`)).toEqual([
      'invalid-value formatVersion one of 1, 1.1',
    ]);
  });
});

describe('the format 1.1 fixture', () => {
  it('validates with no problem', () => {
    expect(validateCaseText(readFixture(FIXTURE), FIXTURE).problems).toEqual([]);
  });

  it('draws a CRS without a stated grade with the maximum of its course, and words the course', () => {
    const c = fixture();
    const crs = event(c, 'crs') as ToxicityEvent;
    expect(crs.grade).toBeUndefined();
    expect(toxicityGrade(crs)).toEqual({ scale: 'ASTCT', value: 3 });
    expect(glyphFor(c, { event: crs })).toMatchObject({ text: '3', fill: 'solid' });
    expect(toxicityGradeText(crs)).toBe('ASTCT grade 3, the highest of its course');
    expect(gradeMeaning(crs)).toContain('Grade 3 on the ASTCT');
    expect(gradeCourseLines(c, crs)).toEqual([
      'ASTCT grade 2: day 1 after CD19 CAR-T infusion',
      'ASTCT grade 3: day 3 after CD19 CAR-T infusion',
    ]);
  });

  it('gives the library its maximum CRS grade from the course', () => {
    expect(maxGrade(fixture(), 'CRS')).toMatchObject({
      kind: 'grade',
      value: 3,
      short: 'CRS grade 3 (ASTCT)',
    });
  });

  it('a stated grade wins over the course (the validator keeps them equal)', () => {
    const crs = event(fixture(), 'crs') as ToxicityEvent;
    expect(toxicityGrade({ ...crs, grade: 'not-reported' })).toBe('not-reported');
    expect(toxicityGrade({ ...crs, gradeCourse: undefined })).toBeUndefined();
  });

  it('puts an "other" event in its stated lane, not the one its label suggests', () => {
    const lp = event(fixture(), 'lp');
    expect(laneOfEvent(lp)).toBe('response');
    // Without "lane" (a 1.0 file) the label decides: "Lumbar puncture" reads as disease course.
    expect(laneOfEvent({ ...lp, lane: undefined } as Event)).toBe('disease');
    expect(laneOfEvent({ ...base, id: 'm', kind: 'other', label: 'Brain MRI' })).toBe('response');
  });

  it('gives the new event kinds their lanes, glyphs and legend words', () => {
    const c = fixture();
    const legend = new Map(LEGEND_TEXT);
    const seen = ['aph', 'ld', 'icu', 'vent'].map((id) => {
      const e = event(c, id);
      const g = glyphFor(c, { event: e });
      expect(legend.get(g.legendKey)?.label, id).toBeTruthy();
      return [id, laneOfEvent(e), `${g.shape} ${g.fill} ${g.legendKey}`];
    });
    expect(seen).toEqual([
      ['aph', 'cellular', 'triangle hollow apheresis'],
      ['ld', 'therapy', 'bar solid lymphodepletion'],
      ['icu', 'therapy', 'bar hatched icu-admission'],
      ['vent', 'therapy', 'bar hollow mechanical-ventilation'],
    ]);
  });

  it('counts mechanical ventilation and lymphodepletion as treatments, not ICU or apheresis', () => {
    const c = fixture();
    expect(['ld', 'vent', 'icu', 'aph'].map((id) => isTreatment(event(c, id)))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('words a source whose authors or title are not known, never as unsigned', () => {
    const [preprint, news] = fixture().sources;
    expect(shortCitation(preprint!)).toBe(
      'Fictional preprint for the format 1.1 tests (authors not known), 2025',
    );
    expect(sourceCitation(preprint!)).toMatch(/^Authors not known, 2025/);
    expect(sourceCitation(news!)).toBe('2025. https://example.org/caselines-fixture-news');
    expect(shortCitation(news!)).toBe('title not known, 2025');
  });
});

describe('a value above the upper limit', () => {
  const series: Series = {
    id: 'il6',
    quantity: 'IL-6',
    label: 'IL-6',
    unit: 'pg/mL',
    provenance: stated,
    points: [],
  };
  const point: Point = {
    time: { kind: 'unknown' },
    value: 5000,
    qualifier: 'above-limit',
    provenance: stated,
  };

  it('is written with ">" and said to be above the limit, never as a measured value', () => {
    expect(pointValueText(point, 'pg/mL')).toBe('> 5,000 pg/mL');
    expect(valueLabel(series, point)).toBe('> 5,000 pg/mL (above the upper limit)');
  });

  it('is drawn as a hollow diamond with its own legend entry', () => {
    const g = glyphFor(makeCase([]), { series, point });
    expect(g).toMatchObject({ shape: 'diamond', fill: 'hollow', legendKey: 'lab-above' });
    expect(new Map(LEGEND_TEXT).get('lab-above')?.label).toBe('laboratory, above the upper limit');
  });
});

describe('the schema address', () => {
  it("is the built site's data/schema path, for files kept outside the repository", () => {
    expect(CASE_SCHEMA_PATH).toBe('data/schema/case.schema.json');
    expect(caseSchemaUrl('https://example.org/caselines/')).toBe(
      'https://example.org/caselines/data/schema/case.schema.json',
    );
    expect(caseSchemaUrl('https://example.org/caselines/index.html#/new')).toBe(
      'https://example.org/caselines/data/schema/case.schema.json',
    );
    // The shipped cases keep the relative form, which resolves to the same file in the repository.
    expect(JSON.parse(readFixture('public/data/cases/003-zhou.json')).$schema).toBe(
      CASE_SCHEMA_IN_REPO,
    );
  });
});
