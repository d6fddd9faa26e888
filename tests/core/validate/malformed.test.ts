// The malformed-input corpus: each file in tests/fixtures/malformed/ is broken in one way and must
// give its own specific finding (code, path, and what was expected or found), never a throw. The
// same files go through the browser's opener (loadOwnCase), which must refuse them the same way.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOwnCase } from '../../../src/core/library/caseFromText.ts';
import { formatProblem, joinPath } from '../../../src/core/validate/problem.ts';
import { validateCaseText } from '../../../src/core/validate/validateCase.ts';
import { readFixture, ROOT } from './helpers.ts';

const DIR = 'tests/fixtures/malformed';

/** Per file: each problem as "severity code path", and a phrase its message must contain. */
const EXPECTED: Record<string, { problems: string[]; says: string }> = {
  'json-missing-comma.txt': { problems: ['error invalid-json '], says: 'A comma is missing' },
  'json-trailing-comma.txt': { problems: ['error invalid-json patient.disease'], says: '"}"' },
  'json-truncated.txt': {
    problems: ['error invalid-json patient.disease'],
    says: 'end of the file',
  },
  'json-single-quotes.txt': { problems: ['error invalid-json '], says: 'double quotes' },
  'json-empty.txt': { problems: ['error invalid-json '], says: 'an empty file' },
  'json-comment.txt': { problems: ['error invalid-json '], says: 'double quotes' },
  'top-level-array.json': { problems: ['error wrong-type '], says: 'a list of 1 item' },
  'wrong-type-format-version.json': {
    problems: ['error invalid-value formatVersion'],
    says: '"1"',
  },
  'wrong-type-events-object.json': { problems: ['error wrong-type events'], says: 'a list' },
  'wrong-type-grade-string.json': {
    problems: ['error wrong-type events[2].grade.value'],
    says: 'a whole number',
  },
  'wrong-type-point-value.json': {
    problems: ['error wrong-type measurements[0].points[0].value'],
    says: 'a number',
  },
  'wrong-type-authors-string.json': {
    problems: ['error wrong-type sources[0].authors'],
    says: 'a list',
  },
  'missing-title.json': { problems: ['error missing-field title'], says: '"title"' },
  'missing-event-time.json': {
    problems: ['error missing-field events[1].time'],
    says: '"time"',
  },
  'missing-provenance-source.json': {
    problems: ['error missing-field events[0].provenance.source'],
    says: '"source"',
  },
  'unknown-event-kind.json': {
    problems: ['error unknown-kind events[0].kind'],
    says: '"surgery"',
  },
  'unknown-time-kind.json': {
    problems: ['error unknown-kind events[0].time.kind'],
    says: '"season"',
  },
  'unknown-field.json': { problems: ['error unknown-key events[0].colour'], says: '"colour"' },
  'impossible-date-feb-30.json': {
    problems: ['error invalid-value events[1].time.date'],
    says: 'a calendar day that exists',
  },
  'impossible-month-13.json': {
    problems: ['error invalid-format events[0].time.month'],
    says: '"2024-13"',
  },
  'date-wrong-format.json': {
    problems: [
      'error invalid-format events[1].time.date',
      'error invalid-value events[1].time.date',
    ],
    says: 'YYYY-MM-DD',
  },
  'offset-to-missing-event.json': {
    problems: ['error unknown-event events[2].time.from'],
    says: '"car-t-2"',
  },
  'order-after-missing-event.json': {
    problems: ['error unknown-event events[3].time.after[0]'],
    says: '"relapse"',
  },
  'offset-cycle.json': {
    problems: ['error offset-cycle events[0].time'],
    says: '"Diagnosis" (dx) → "CAR-T infusion" (car-t) → "Diagnosis" (dx)',
  },
  'order-contradicts-date.json': {
    problems: ['error time-contradiction events[3].time'],
    says: 'is not after 1 Feb 2024',
  },
  'source-date-unknown-source.json': {
    problems: ['error unknown-source events[3].time.source'],
    says: '"fixture-paper"',
  },
  'source-date-undated-source.json': {
    problems: ['error undated-source events[3].time.source'],
    says: 'neither',
  },
  'interval-end-before-start.json': {
    problems: ['error end-before-start events[2].end'],
    says: 'before a start',
  },
  'log-series-zero.json': {
    problems: ['error non-positive-on-log-scale measurements[0].points[0].value'],
    says: 'log scale',
  },
  'log-series-negative.json': {
    problems: ['error non-positive-on-log-scale measurements[0].points[0].value'],
    says: '-5',
  },
  'grade-out-of-scale.json': {
    problems: ['error grade-out-of-range events[2].grade.value'],
    says: 'from 1 to 4 on the ASTCT scale',
  },
  'grade-fractional.json': {
    problems: ['error wrong-type events[2].grade.value'],
    says: '1.5',
  },
  'treated-by-not-a-treatment.json': {
    problems: ['error not-a-treatment events[2].treatedBy[0]'],
    says: 'the "car-t-infusion" event "CAR-T infusion"',
  },
  'duplicate-event-id.json': {
    problems: ['error duplicate-id events[3].id'],
    says: 'already the id of events[0]',
  },
  'duplicate-source-id.json': {
    problems: ['error duplicate-id sources[1].id'],
    says: 'already the id of sources[0]',
  },
  'id-with-spaces.json': {
    problems: ['error invalid-format events[0].id'],
    says: 'lower-case letters',
  },
  'very-long-title.json': { problems: ['error too-long title'], says: '10000 characters' },
  'very-long-note.json': {
    problems: ['error too-long curation.notes[0]'],
    says: '100000 characters',
  },
  'deeply-nested-junk.txt': { problems: ['error unknown-key junk'], says: '"junk"' },
  'javascript-url.json': {
    problems: ['error invalid-format sources[0].url'],
    says: 'javascript:alert(document.cookie)',
  },
  'data-url.json': { problems: ['error invalid-format sources[0].url'], says: 'data:text/html' },
  'url-scheme-tricks.json': {
    problems: [
      'error invalid-format sources[0].url',
      'error invalid-format sources[1].url',
      'error invalid-format sources[2].url',
      'error invalid-format sources[3].url',
    ],
    says: 'https://',
  },
  'doi-with-script.json': {
    problems: ['error invalid-format sources[0].doi'],
    says: 'a DOI such as',
  },
  'two-peaks.json': {
    problems: ['error second-peak measurements[0].points[1].peak'],
    says: 'the first is measurements[0].points[0]',
  },
  'grade-course-out-of-order.json': {
    problems: ['error course-out-of-order events[2].gradeCourse[1].time'],
    says: 'day 4 after CAR-T infusion',
  },
  'grade-course-max-differs.json': {
    problems: ['error grade-contradicts-course events[2].grade'],
    says: 'ASTCT grade 3, the highest grade',
  },
  'above-limit-without-limit.json': {
    problems: ['error missing-limit measurements[0].points[0].value'],
    says: '">5000 pg/mL": 5000',
  },
  'unknown-lane.json': { problems: ['error invalid-value events[4].lane'], says: '"imaging"' },
  'corroboration-unknown-source.json': {
    problems: ['error unknown-source events[1].provenance.corroboratedBy[0].source'],
    says: '"hospital-news"',
  },
  'authors-given-and-unknown.json': {
    problems: ['error given-and-unknown sources[0].unknown[0]'],
    says: 'not both',
  },
  'treated-by-icu-admission.json': {
    problems: ['error not-a-treatment events[2].treatedBy[0]'],
    says: 'the "icu-admission" event "ICU admission"',
  },
};

/** Format 1.1 and the checks added with it: each problem exactly as `npm run validate` prints it. */
const EXACT: Record<string, string[]> = {
  'two-peaks.json': [
    'error: tests/fixtures/malformed/two-peaks.json:151:11 at measurements[0].points[1].peak: expected one point marked "peak" in a series, found a second "peak": true (the first is measurements[0].points[0]). Keep "peak": true only on the value the source calls the peak, and remove it here.',
  ],
  'grade-course-out-of-order.json': [
    'error: tests/fixtures/malformed/grade-course-out-of-order.json:118:11 at events[2].gradeCourse[1].time: expected a time no earlier than the step before it (gradeCourse[0], ASTCT grade 2: day 4 after CAR-T infusion), found ASTCT grade 3: day 2 after CAR-T infusion. List the steps in the order the grades were reached, earliest first, and check their times against the source.',
  ],
  'grade-course-max-differs.json': [
    'error: tests/fixtures/malformed/grade-course-max-differs.json:78:7 at events[2].grade: expected ASTCT grade 3, the highest grade in "gradeCourse" (events[2].gradeCourse[1]), or no "grade", found ASTCT grade 2. Leave "grade" out (the maximum is read from the course), or make it the highest step of the course.',
  ],
  'above-limit-without-limit.json': [
    'error: tests/fixtures/malformed/above-limit-without-limit.json:128:9 at measurements[0].points[0].value: expected the upper limit as "value" for an "above-limit" point (">5000 pg/mL": 5000), found nothing. Add the limit the source prints as "value"; if it prints no number, the point is not "above-limit": remove the qualifier and describe the result in "note".',
  ],
  'unknown-lane.json': [
    'error: tests/fixtures/malformed/unknown-lane.json:119:7 at events[4].lane: expected one of "disease", "therapy", "cellular", "toxicity", "response", "outcome", found "imaging". Use one of: "disease", "therapy", "cellular", "toxicity", "response", "outcome".',
  ],
  'corroboration-unknown-source.json': [
    'error: tests/fixtures/malformed/corroboration-unknown-source.json:72:13 at events[1].provenance.corroboratedBy[0].source: expected the id of a source in "sources", found "hospital-news". Use the id of a source in "sources", or add the source there.',
  ],
  'authors-given-and-unknown.json': [
    'error: tests/fixtures/malformed/authors-given-and-unknown.json:26:19 at sources[0].unknown[0]: expected "authors" either given or listed in "unknown", not both, found "authors" in "unknown" while the source gives authors. Remove "authors" from "unknown" if the authors are known; otherwise empty the list ("authors": []).',
  ],
  'treated-by-icu-admission.json': [
    'error: tests/fixtures/malformed/treated-by-icu-admission.json:99:21 at events[2].treatedBy[0]: expected the id of a treatment given: an event of kind "chemotherapy", "immunotherapy", "lymphodepletion", "therapy" or "mechanical-ventilation", found "icu", the "icu-admission" event "ICU admission". Remove "icu" from the "treatedBy" of toxicity "crs" ("CRS"), or record what the source says treated it (e.g. tocilizumab, a steroid) as a "therapy" event and use that id.',
  ],
};

/** Files that load with a warning only when checked on their own, as `npm run validate file.json` does. */
const ALONE: Record<string, string[]> = {
  'case-id-not-file-name.json': [
    'warning: tests/fixtures/malformed/case-id-not-file-name.json:4:3 at id: expected "case-id-not-file-name", the file\'s name without ".json" (a case file is named after its id), found "fixture-minimal" in the file "case-id-not-file-name.json". Rename the file to "fixture-minimal.json", or change "id" to "case-id-not-file-name".',
  ],
};

/** Paths of the text values that carry a <script> tag. */
function payloadPaths(v: unknown, steps: Array<string | number> = []): string[] {
  if (typeof v === 'string') return v.includes('<script>') ? [joinPath(steps)] : [];
  if (Array.isArray(v)) return v.flatMap((x, i) => payloadPaths(x, [...steps, i]));
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => payloadPaths(x, [...steps, k]));
  return [];
}

const line = (p: { severity: string; code: string; path: string }) =>
  `${p.severity} ${p.code} ${p.path}`;
const message = (p: { expected: string; found: string; fix: string }) =>
  `${p.expected} | ${p.found} | ${p.fix}`;

describe('the malformed-input corpus', () => {
  const files = readdirSync(path.join(ROOT, DIR)).sort();

  it('holds at least 30 files, each with its expected finding listed here', () => {
    const listed = [
      ...Object.keys(EXPECTED),
      ...Object.keys(ALONE),
      'html-in-every-text-field.json',
    ].sort();
    expect(files).toEqual(listed);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  for (const [file, want] of Object.entries(EXPECTED)) {
    it(`${file}: ${want.problems.map((p) => p.split(' ')[1]).join(', ')}`, () => {
      const rel = `${DIR}/${file}`;
      const { case: c, problems } = validateCaseText(readFixture(rel), rel);
      expect(c).toBeNull();
      expect(problems.map(line)).toEqual(want.problems);
      expect(problems.map(message).join('\n')).toContain(want.says);
      for (const p of problems) {
        expect(p.file).toBe(rel);
        expect(p.line).toBeGreaterThan(0);
        expect(p.fix.length).toBeGreaterThan(10);
      }
    });
  }

  for (const [file, lines] of Object.entries(EXACT)) {
    it(`${file}: prints the exact message`, () => {
      const rel = `${DIR}/${file}`;
      expect(validateCaseText(readFixture(rel), rel).problems.map(formatProblem)).toEqual(lines);
    });
  }

  for (const [file, lines] of Object.entries(ALONE)) {
    it(`${file}: warns only when the file is checked on its own, naming the id and the file`, () => {
      const rel = `${DIR}/${file}`;
      const alone = validateCaseText(readFixture(rel), rel, { alone: true });
      expect(alone.case).not.toBeNull();
      expect(alone.problems.map(formatProblem)).toEqual(lines);
      // In a library the index pairs id and file, and a browser opens any file name.
      expect(validateCaseText(readFixture(rel), rel).problems).toEqual([]);
      expect(loadOwnCase(readFixture(rel), file).status).toBe('ok');
    });
  }

  it('gives the same findings through the browser opener, which never adds the case', () => {
    for (const file of Object.keys(EXPECTED)) {
      const load = loadOwnCase(readFixture(`${DIR}/${file}`), file);
      expect(load.status, file).toBe('error');
      expect(load.problems.map(line), file).toEqual(EXPECTED[file]!.problems);
    }
  });

  it('loads HTML and script in every text field as text, with one warning per field', () => {
    const rel = `${DIR}/html-in-every-text-field.json`;
    const text = readFixture(rel);
    const { case: c, problems } = validateCaseText(text, rel);
    expect(c?.title).toContain('<script>window.__pwned=1</script>');
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['markup-in-text']));
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    // Every text value holding the payload is named, and nothing else.
    expect(problems.map((p) => p.path).sort()).toEqual(payloadPaths(JSON.parse(text)).sort());
    expect(problems.map((p) => p.path)).toContain('title');
    expect(problems.map((p) => p.path)).toContain('curation.notes[0]');
  });
});
