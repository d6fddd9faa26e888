// Time checks of the constraint model: a contradiction names the file position, the events by
// label and id, and each constraint in the curator's terms; a source's own date needs a dated source.

import { describe, expect, it } from 'vitest';
import { formattedFixture } from './helpers.ts';

const bad = (name: string) => `tests/fixtures/malformed/${name}.json`;

describe('time constraint checks', () => {
  it('reports an order that contradicts a date, naming every constraint on the loop', () => {
    expect(formattedFixture(bad('order-contradicts-date'))).toEqual([
      'error: tests/fixtures/malformed/order-contradicts-date.json:105:7 at events[3].time: expected times that can all hold together, found times that contradict each other: "Complete remission" (cr) is not after 1 Feb 2024; "Complete remission" (cr) is after "CAR-T infusion" (car-t) ("after the infusion"); "CAR-T infusion" (car-t) is on 1 Mar 2024. One of these is wrong: check each against the source and correct or remove it.',
    ]);
  });

  it('refuses a source date whose source does not exist', () => {
    expect(formattedFixture(bad('source-date-unknown-source'))).toEqual([
      'error: tests/fixtures/malformed/source-date-unknown-source.json:107:9 at events[3].time.source: expected the id of a source in "sources", found "fixture-paper". Use the id of a source in "sources", or add the source there.',
    ]);
  });

  it('refuses a source date whose source gives neither a day nor a year', () => {
    expect(formattedFixture(bad('source-date-undated-source'))).toEqual([
      `error: tests/fixtures/malformed/source-date-undated-source.json:107:9 at events[3].time.source: expected a source with a "published" day or a "year", found source "fixture-src" (sources[0]) with neither. Add the source's "published" day or "year" as its copy shows it, or give this time another kind.`,
    ]);
  });
});
