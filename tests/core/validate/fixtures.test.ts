// Each invalid fixture is the valid one changed in one place; the printed message must name the
// spot, what was expected, what was found and how to fix it.

import { describe, expect, it } from 'vitest';
import { validateCaseText } from '../../../src/core/validate/validateCase.ts';
import { formattedFixture, readFixture, VALID } from './helpers.ts';

const bad = (name: string) => `tests/fixtures/invalid/${name}.json`;

describe('validateCaseText on the fixtures', () => {
  it('accepts the valid minimal fixture without problems', () => {
    const r = validateCaseText(readFixture(VALID), VALID);
    expect(r.problems).toEqual([]);
    expect(r.case?.id).toBe('fixture-minimal');
  });

  it('reports invalid JSON once, at the exact line and column where the comma is missing', () => {
    expect(formattedFixture('tests/fixtures/invalid/invalid-json.txt')).toEqual([
      'error: tests/fixtures/invalid/invalid-json.txt:4:3 at (whole file): expected "," or "}", found "title". A comma is missing before this: add "," after the previous item.',
    ]);
  });

  it('rejects the impossible date 2025-02-30', () => {
    expect(formattedFixture(bad('impossible-date'))).toEqual([
      'error: tests/fixtures/invalid/impossible-date.json:47:33 at events[1].time.date: expected a calendar day that exists (e.g. 2025-02-28, not 2025-02-30), found "2025-02-30". Change it to a calendar day that exists (e.g. 2025-02-28, not 2025-02-30).',
    ]);
  });

  it('rejects a javascript: URL in a source', () => {
    expect(formattedFixture(bad('javascript-url'))).toEqual([
      'error: tests/fixtures/invalid/javascript-url.json:21:7 at sources[0].url: expected a web address starting with https:// or http://, found "javascript:alert(1)". Change it to a web address starting with https:// or http://.',
    ]);
  });

  it('lists the allowed kinds for an unknown event kind', () => {
    expect(formattedFixture(bad('unknown-event-kind'))).toEqual([
      'error: tests/fixtures/invalid/unknown-event-kind.json:63:7 at events[3].kind: expected one of "diagnosis", "chemotherapy", "immunotherapy", "apheresis", "lymphodepletion", "icu-admission", "mechanical-ventilation", "therapy", "transplant", "relapse", "car-t-infusion", "response", "toxicity", "death", "follow-up", "plan", "other", found "remission". Use one of the values listed.',
    ]);
  });

  it('suggests the near key for an unrecognized key, once (not also as a missing field)', () => {
    expect(formattedFixture(bad('unrecognized-key'))).toEqual([
      'error: tests/fixtures/invalid/unrecognized-key.json:64:7 at events[3].lable: expected only the keys id, label, time, end, description, provenance, notes, kind, assessment, method, result, found "lable". Rename "lable" to "label".',
    ]);
  });

  it('reports a missing provenance with what it must hold', () => {
    expect(formattedFixture(bad('missing-provenance'))).toEqual([
      'error: tests/fixtures/invalid/missing-provenance.json:61:5 at events[3].provenance: expected "provenance" (an object with "basis" (one of "stated", "derived"), "source" and "locator"), found nothing. Add "provenance": source, locator and basis (stated or derived) of one fact.',
    ]);
  });

  it('rejects ASTCT grade 5 on CRS', () => {
    expect(formattedFixture(bad('astct-grade-5'))).toEqual([
      'error: tests/fixtures/invalid/astct-grade-5.json:56:36 at events[2].grade.value: expected a grade from 1 to 4 on the ASTCT scale, found 5. Use the grade the source prints; if it uses another scale, change "scale" to match.',
    ]);
  });

  it('rejects the value 0 on a series drawn on a log scale by default', () => {
    expect(formattedFixture(bad('log-value-zero'))).toEqual([
      'error: tests/fixtures/invalid/log-value-zero.json:80:11 at measurements[0].points[0].value: expected a value above 0 (series "car-copies" is drawn on a log scale), found 0. If the source reports it as not detected, set "qualifier" to "undetectable"; otherwise set the series "scale" to "linear".',
    ]);
  });

  it('reports a repeated event id at the second use', () => {
    expect(formattedFixture(bad('duplicate-event-id'))).toEqual([
      'error: tests/fixtures/invalid/duplicate-event-id.json:62:7 at events[3].id: expected an id no other event in "events" has, found "crs", already the id of events[2]. Give this event its own id, and check which one the references to "crs" mean.',
    ]);
  });

  it('reports an unknown product and suggests the near one', () => {
    expect(formattedFixture(bad('unknown-product'))).toEqual([
      'error: tests/fixtures/invalid/unknown-product.json:46:7 at events[1].product: expected the id of a product in "products", found "cd19-cart". Change it to "cd19-car-t", or add the product "cd19-cart" to "products".',
    ]);
  });

  it('reports an unknown source in a provenance', () => {
    expect(formattedFixture(bad('unknown-source'))).toEqual([
      'error: tests/fixtures/invalid/unknown-source.json:67:49 at events[3].provenance.source: expected the id of a source in "sources", found "fixture-source". Use the id of a source in "sources", or add the source there.',
    ]);
  });

  it('reports an offset cycle found by the resolver, at the time that closes it', () => {
    expect(formattedFixture(bad('offset-cycle'))).toEqual([
      'error: tests/fixtures/invalid/offset-cycle.json:47:7 at events[1].time: expected offsets that lead back to a date or to an event with its own time, found offsets form a cycle: "CAR-T infusion" (car-t) → "CRS" (crs) → "CAR-T infusion" (car-t). Break the loop: count one of these events from a date, or from an event outside the loop.',
    ]);
  });

  it('reports an end before its start when both are calendar dates', () => {
    expect(formattedFixture(bad('end-before-start'))).toEqual([
      'error: tests/fixtures/invalid/end-before-start.json:58:7 at events[2].end: expected an end on or after the start, found an end on 2024-02-01, before a start on 2024-03-03. Check both times against the source; if they are swapped, swap them back.',
    ]);
  });

  it('returns no case when there is any error', () => {
    expect(validateCaseText(readFixture(bad('unknown-source')), 'x').case).toBeNull();
  });
});
