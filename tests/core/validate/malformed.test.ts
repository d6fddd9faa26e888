// The malformed-input corpus: each file in tests/fixtures/malformed/ is broken in one way and must
// give its own specific finding (code, path, and what was expected or found), never a throw. The
// same files go through the browser's opener (loadOwnCase), which must refuse them the same way.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOwnCase } from '../../../src/core/library/caseFromText.ts';
import { joinPath } from '../../../src/core/validate/problem.ts';
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
    const listed = [...Object.keys(EXPECTED), 'html-in-every-text-field.json'].sort();
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
