// Checks that need a structurally valid case: references, ids, grades, values, times, and the
// warnings that do not stop a case from loading.

import { describe, expect, it } from 'vitest';
import { checkMutation, essentials, formattedFixture, type Loose } from './helpers.ts';

/** The only problem a mutation causes, without its position. */
function only(mutate: (c: Loose) => void) {
  const { problems } = checkMutation(mutate);
  expect(problems.map((p) => p.code)).toHaveLength(1);
  return essentials(problems[0]!);
}

describe('validateCaseText references', () => {
  it('reports an offset to a missing event at its exact path, suggesting the near id', () => {
    expect(only((c) => (c.events[2].time.from = 'car-t-1'))).toEqual({
      severity: 'error',
      code: 'unknown-event',
      path: 'events[2].time.from',
      expected: 'the id of an event in "events"',
      found: '"car-t-1"',
      fix: 'Change it to "car-t", or add the event "car-t-1" to "events".',
    });
  });

  it('reports an unknown event in an order-only time', () => {
    expect(only((c) => (c.events[3].time.after = ['cart']))).toMatchObject({
      code: 'unknown-event',
      path: 'events[3].time.after[0]',
    });
  });

  it('reports an unknown event in treatedBy', () => {
    expect(only((c) => (c.events[2].treatedBy = ['toci']))).toMatchObject({
      code: 'unknown-event',
      path: 'events[2].treatedBy[0]',
      fix: 'Use the id of an event in "events", or add the event there.',
    });
  });

  it('refuses a treatedBy that names the CAR-T infusion, naming it by id, kind and label', () => {
    expect(formattedFixture('tests/fixtures/malformed/treated-by-not-a-treatment.json')).toEqual([
      'error: tests/fixtures/malformed/treated-by-not-a-treatment.json:59:21 at events[2].treatedBy[0]: expected the id of a treatment given: an event of kind "chemotherapy", "immunotherapy", "lymphodepletion", "therapy" or "mechanical-ventilation", found "car-t", the "car-t-infusion" event "CAR-T infusion". Remove "car-t" from the "treatedBy" of toxicity "crs" ("CRS"), or record what the source says treated it (e.g. tocilizumab, a steroid) as a "therapy" event and use that id.',
    ]);
  });

  it('refuses a treatedBy naming a diagnosis, a response or the toxicity itself', () => {
    for (const [id, kind] of [
      ['dx', 'diagnosis'],
      ['cr', 'response'],
      ['crs', 'toxicity'],
    ])
      expect(only((c) => (c.events[2].treatedBy = [id]))).toMatchObject({
        code: 'not-a-treatment',
        path: 'events[2].treatedBy[0]',
        found: expect.stringContaining(`"${id}", the "${kind}" event`),
      });
  });

  it('accepts treatedBy naming therapy, chemotherapy, immunotherapy and lymphodepletion events', () => {
    const at = (amount: number) => ({ kind: 'offset', from: 'car-t', amount, unit: 'day' });
    const provenance = { source: 'fixture-src', locator: 'Paragraph 3', basis: 'stated' };
    const { problems } = checkMutation((c) => {
      c.events.push(
        {
          id: 'toci',
          kind: 'therapy',
          category: 'anti-cytokine',
          label: 'Tocilizumab',
          time: at(3),
          provenance,
        },
        { id: 'etop', kind: 'chemotherapy', label: 'Etoposide', time: at(4), provenance },
        {
          id: 'rux',
          kind: 'immunotherapy',
          modality: 'targeted',
          label: 'Ruxolitinib',
          time: at(4),
          provenance,
        },
        { id: 'ld', kind: 'lymphodepletion', label: 'Flu/Cy', time: at(-5), provenance },
      );
      c.events[2].treatedBy = ['toci', 'etop', 'rux', 'ld'];
    });
    expect(problems).toEqual([]);
  });

  it("reports an unknown event in the time of the patient's age", () => {
    expect(
      only((c) => {
        const provenance = { source: 'fixture-src', locator: 'Paragraph 1', basis: 'stated' };
        c.patient.age = {
          years: 61,
          at: { kind: 'offset', from: 'nope', amount: 0, unit: 'day' },
          provenance,
        };
      }),
    ).toMatchObject({ code: 'unknown-event', path: 'patient.age.at.from' });
  });

  it('reports an unknown source in a product fact', () => {
    expect(only((c) => (c.products[0].targets.provenance.source = 'fixture'))).toMatchObject({
      code: 'unknown-source',
      path: 'products[0].targets.provenance.source',
    });
  });

  it('reports counting from the end of an event that has no end', () => {
    expect(
      only(
        (c) =>
          (c.events[3].time = {
            kind: 'offset',
            from: 'car-t',
            anchor: 'end',
            amount: 1,
            unit: 'month',
          }),
      ),
    ).toEqual({
      severity: 'error',
      code: 'missing-end',
      path: 'events[3].time.anchor',
      expected: 'an event with an "end" to count from',
      found: '"end", but event "car-t" has no "end"',
      fix: 'Count from its start ("anchor": "start"), or give event "car-t" an "end".',
    });
  });

  it('reports a repeated source id', () => {
    expect(only((c) => c.sources.push({ ...c.sources[0] }))).toMatchObject({
      code: 'duplicate-id',
      path: 'sources[1].id',
      found: '"fixture-src", already the id of sources[0]',
    });
  });
});

describe('validateCaseText grades and values', () => {
  it('rejects ASTCT on GVHD and names the scales that fit', () => {
    expect(only((c) => (c.events[2].toxicity = 'GVHD'))).toEqual({
      severity: 'error',
      code: 'grade-scale-mismatch',
      path: 'events[2].grade.scale',
      expected:
        'a scale that grades GVHD: "CTCAE", "MAGIC", "Glucksberg", "NIH", "unstated", "other"',
      found: '"ASTCT", which grades only CRS and ICANS',
      fix: 'Set "scale" to the one the source uses for GVHD.',
    });
  });

  it('rejects NIH severity 4 and says what 1–3 mean', () => {
    expect(
      only((c) =>
        Object.assign(c.events[2], { toxicity: 'GVHD', grade: { scale: 'NIH', value: 4 } }),
      ),
    ).toMatchObject({
      code: 'grade-out-of-range',
      expected: 'a grade from 1 to 3 on the NIH scale (1 mild, 2 moderate, 3 severe)',
    });
  });

  it('accepts CTCAE grade 5 but not grade 0', () => {
    const five = checkMutation((c) => (c.events[2].grade = { scale: 'CTCAE', value: 5 }));
    expect(five.problems).toEqual([]);
    expect(only((c) => (c.events[2].grade = { scale: 'CTCAE', value: 0 }))).toMatchObject({
      code: 'grade-out-of-range',
      found: '0',
    });
  });

  it('rejects a grade on a toxicity that did not occur', () => {
    expect(only((c) => (c.events[2].occurred = false))).toMatchObject({
      code: 'grade-without-toxicity',
      path: 'events[2].grade',
    });
  });

  it('rejects a point with no value unless it is censored', () => {
    expect(only((c) => delete c.measurements[0].points[1].qualifier)).toMatchObject({
      code: 'missing-value',
      path: 'measurements[0].points[1].value',
    });
  });

  it('accepts 0 on a linear series', () => {
    const r = checkMutation((c) => {
      c.measurements[0].scale = 'linear';
      c.measurements[0].points[0].value = 0;
    });
    expect(r.problems).toEqual([]);
  });

  it('rejects a negative value on an explicitly log-scaled series', () => {
    expect(
      only((c) => {
        c.measurements[0].quantity = 'ferritin';
        c.measurements[0].scale = 'log';
        c.measurements[0].points[0].value = -1;
      }),
    ).toMatchObject({ code: 'non-positive-on-log-scale', found: '-1' });
  });
});

describe('validateCaseText times', () => {
  it('reports an end before its start when both count from the same event', () => {
    expect(
      only((c) => (c.events[2].end = { kind: 'offset', from: 'car-t', amount: 1, unit: 'day' })),
    ).toEqual({
      severity: 'error',
      code: 'end-before-start',
      path: 'events[2].end',
      expected: 'an end on or after the start',
      found: 'an end on 2024-03-02, before a start on 2024-03-03',
      fix: 'Check both times against the source; if they are swapped, swap them back.',
    });
  });

  it('reports an end before its start without calendar dates, in days', () => {
    expect(
      only((c) => {
        c.events[1].time = { kind: 'unknown' };
        c.events[2].end = { kind: 'offset', from: 'car-t', amount: 1, unit: 'day' };
      }),
    ).toMatchObject({ code: 'end-before-start', found: 'an end 1 or more days before the start' });
  });

  it('reports order constraints that contradict the calendar as a contradiction of named events', () => {
    const p = only((c) => (c.events[3].time = { kind: 'order', after: ['car-t'], before: ['dx'] }));
    expect(p).toMatchObject({ code: 'time-contradiction', path: 'events[3].time' });
    expect(p.found).toContain('(cr) is after "CAR-T infusion" (car-t)');
    expect(p.found).toContain('(cr) is before "Diagnosis" (dx)');
    expect(p.found).not.toContain('#');
  });

  it('reports an offset range whose maximum is below its amount', () => {
    expect(
      only(
        (c) =>
          (c.events[3].time = {
            kind: 'offset',
            from: 'car-t',
            amount: 3,
            amountMax: 1,
            unit: 'month',
          }),
      ),
    ).toMatchObject({
      code: 'reversed-range',
      path: 'events[3].time.amountMax',
      expected: 'a number ≥ "amount" (3)',
    });
  });

  it('reports notAfter before notBefore', () => {
    expect(
      only(
        (c) =>
          (c.events[3].time = { kind: 'order', notBefore: '2024-05-01', notAfter: '2024-04-01' }),
      ),
    ).toMatchObject({ code: 'reversed-range', path: 'events[3].time.notAfter' });
  });

  it('does not ask the resolver about a case with repeated event ids', () => {
    const { problems } = checkMutation((c) => {
      c.events[3].id = 'crs';
    });
    expect(problems.map((p) => p.code)).toEqual(['duplicate-id']);
  });
});

describe('validateCaseText warnings', () => {
  const warned = (mutate: (c: Loose) => void) => {
    const r = checkMutation(mutate);
    expect(r.case).not.toBeNull();
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
    return r.problems.map((p) => `${p.code} at ${p.path}`);
  };

  it('warns about CRS without a grade and suggests "not-reported"', () => {
    const r = checkMutation((c) => delete c.events[2].grade);
    expect(r.problems.map(essentials)).toEqual([
      {
        severity: 'warning',
        code: 'grade-missing',
        path: 'events[2].grade',
        expected: 'a "grade" on CRS',
        found: 'nothing',
        fix: 'Add "grade": "not-reported" if the source gives none, or the grade it prints.',
      },
    ]);
  });

  it('warns about a series without points unless its values are not reported', () => {
    expect(warned((c) => (c.measurements[0].points = []))).toEqual([
      'no-points at measurements[0].points',
    ]);
    expect(
      warned((c) => {
        c.measurements[0].points = [];
        c.measurements[0].valuesReported = false;
      }),
    ).toEqual([]);
  });

  it('warns about a source with neither DOI nor URL, until notes say where to find it', () => {
    expect(warned((c) => delete c.sources[0].url)).toEqual(['source-without-link at sources[0]']);
    expect(
      warned((c) => {
        delete c.sources[0].url;
        c.sources[0].notes = ['Printed leaflet; no web copy.'];
      }),
    ).toEqual([]);
  });

  it('warns about a derived fact with a one-word reason', () => {
    expect(
      warned((c) => Object.assign(c.events[0].provenance, { basis: 'derived', reason: 'calc' })),
    ).toEqual(['short-reason at events[0].provenance.reason']);
  });

  it('warns about an approximate value without the printed form', () => {
    expect(warned((c) => (c.measurements[0].points[0].qualifier = 'approximate'))).toEqual([
      'approximate-without-print at measurements[0].points[0].asPrinted',
    ]);
  });

  it('warns about a source nothing cites and a product no infusion gives', () => {
    expect(
      warned((c) => {
        c.sources.push({ ...c.sources[0], id: 'extra' });
        c.products.push({ id: 'spare', label: 'Spare product' });
      }),
    ).toEqual(['unused-source at sources[1].id', 'unused-product at products[1].id']);
  });

  it('warns about a case with no events', () => {
    const r = checkMutation((c) => {
      c.events = [];
      c.products = [];
      c.measurements = [];
    });
    expect(r.problems.map((p) => p.code)).toEqual(['no-events']);
  });
});
