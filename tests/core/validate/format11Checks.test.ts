// The checks of the format 1.1 fields, each on the valid 1.1 fixture changed in one place.

import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/validate/problem.ts';
import { validateCaseText } from '../../../src/core/validate/validateCase.ts';
import { readFixture, type Loose } from './helpers.ts';

const FILE = 'tests/fixtures/valid/fixture-format-1-1.json';

/** The problems of the 1.1 fixture after `change`, as the CLI prints them without line numbers. */
function after(change: (c: Loose) => void): string[] {
  const c = JSON.parse(readFixture(FILE)) as Loose;
  change(c);
  return validateCaseText(JSON.stringify(c, null, 2), 'f.json')
    .problems.map(formatProblem)
    .map((l) => l.replace(/^(\w+): f\.json:\d+:\d+ at /, '$1 '));
}

const crs = (c: Loose) => c.events.find((e: Loose) => e.id === 'crs');

describe('format 1.1 checks', () => {
  it('refuses grade-course steps on different scales', () => {
    expect(after((c) => (crs(c).gradeCourse[1].grade.scale = 'CTCAE'))).toEqual([
      'error events[4].gradeCourse[1].grade.scale: expected "ASTCT", the scale of the course\'s first step, found "CTCAE". Grade every step on the scale the source uses; grades on another scale belong in their own toxicity event.',
    ]);
  });

  it('checks each step of a course on its scale', () => {
    expect(after((c) => (crs(c).gradeCourse[1].grade.value = 5))).toEqual([
      'error events[4].gradeCourse[1].grade.value: expected a grade from 1 to 4 on the ASTCT scale, found 5. Use the grade the source prints; if it uses another scale, change "scale" to match.',
    ]);
  });

  it('refuses "not-reported" beside a course, and a course on a toxicity that did not occur', () => {
    expect(after((c) => (crs(c).grade = 'not-reported'))).toEqual([
      'error events[4].grade: expected ASTCT grade 3, the highest grade in "gradeCourse" (events[4].gradeCourse[1]), or no "grade", found "not-reported". Leave "grade" out (the maximum is read from the course), or make it the highest step of the course.',
    ]);
    expect(after((c) => (crs(c).occurred = false))).toEqual([
      'error events[4].gradeCourse: expected no grade course on a toxicity that did not occur, found a course of 2 with "occurred": false. Remove "gradeCourse", or set "occurred" to true if the source reports it.',
    ]);
  });

  it('accepts a stated grade equal to the course maximum', () => {
    expect(after((c) => (crs(c).grade = { scale: 'ASTCT', value: 3 }))).toEqual([]);
  });

  it('wants a title, or "title" listed as unknown, but not both', () => {
    expect(after((c) => (c.sources[1].unknown = undefined))).toEqual([
      'error sources[1].title: expected "title" (the title as the source prints it), or "unknown": ["title"] if it cannot be found, found nothing. Add the title; if the source has none you can find, add "title" to the source\'s "unknown" list.',
    ]);
    expect(after((c) => (c.sources[1].title = 'Hospital news'))).toEqual([
      'error sources[1].unknown[0]: expected "title" either given or listed in "unknown", not both, found "title" in "unknown" while the source gives a title. Remove "title" from "unknown" if the title is known; otherwise remove "title".',
    ]);
  });

  it("refuses a corroboration that repeats the fact's own source", () => {
    expect(after((c) => (c.events[3].provenance.corroboratedBy[0].source = 'fixture-src'))).toEqual(
      [
        // The news item is now cited by nothing.
        'warning sources[1].id: expected a source that some provenance cites, found "fixture-news", which nothing cites. Cite it where it supports a fact, or remove it.',
        'error events[3].provenance.corroboratedBy[0].source: expected another source than the provenance\'s own "source", found "fixture-src", the source the fact is already read from. Name the other source that reports the same fact, or remove this entry.',
      ],
    );
  });

  it('refuses an apheresis naming a product the case does not have', () => {
    expect(after((c) => (c.events[1].product = 'cd19-cart'))).toEqual([
      'error events[1].product: expected the id of a product in "products", found "cd19-cart". Change it to "cd19-car-t", or add the product "cd19-cart" to "products".',
    ]);
  });

  it('warns when a file saying "formatVersion": 1 uses a 1.1 field', () => {
    expect(after((c) => (c.formatVersion = 1))).toEqual([
      'warning formatVersion: expected 1.1 in a file that uses format 1.1 fields, found 1, but sources[0].type is a format 1.1 field. Set "formatVersion" to 1.1.',
    ]);
  });
});
