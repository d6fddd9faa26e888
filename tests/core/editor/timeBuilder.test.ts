// The time builder: each kind of time as the format's JSON, back to the form, and as the resolver
// reads it beside the source's words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Case, TimeSpec } from '../../../src/core/format/index.ts';
import {
  buildTime,
  emptyTimeForm,
  timeForm,
  TIME_KINDS,
  type TimeForm,
} from '../../../src/core/editor/timeBuilder.ts';
import { readTime } from '../../../src/core/editor/timeReading.ts';

const zhou = Case.parse(JSON.parse(readFileSync('public/data/cases/003-zhou.json', 'utf8')));
const form = (over: Partial<TimeForm>): TimeForm => ({ ...emptyTimeForm(over.kind), ...over });

// One filled form per kind, with the JSON it must give.
const CASES: Array<[string, Partial<TimeForm>, unknown]> = [
  ['date', { kind: 'date', date: '2024-03-05' }, { kind: 'date', date: '2024-03-05' }],
  ['month', { kind: 'month', month: '2025-04' }, { kind: 'month', month: '2025-04' }],
  ['year', { kind: 'year', year: '2016' }, { kind: 'year', year: 2016 }],
  [
    'offset',
    { kind: 'offset', from: 'car-t', amount: '13', unit: 'day', asStated: 'day 13' },
    { kind: 'offset', from: 'car-t', amount: 13, unit: 'day', asStated: 'day 13' },
  ],
  [
    'approximate offset',
    { kind: 'offset', from: 'hsct', amount: '3', unit: 'month', approximate: true, tolerance: '1' },
    { kind: 'offset', from: 'hsct', amount: 3, unit: 'month', approximate: true, tolerance: 1 },
  ],
  [
    'offset range from an end',
    {
      kind: 'offset',
      from: 'car-t',
      anchor: 'end',
      amount: '0',
      amountMax: '1',
      unit: 'month',
      range: true,
    },
    { kind: 'offset', from: 'car-t', anchor: 'end', amount: 0, amountMax: 1, unit: 'month' },
  ],
  [
    'order',
    {
      kind: 'order',
      after: ['dx'],
      before: ['hsct'],
      notBefore: '2013-01-01',
      notAfter: '2024-12-27',
    },
    {
      kind: 'order',
      after: ['dx'],
      before: ['hsct'],
      notBefore: '2013-01-01',
      notAfter: '2024-12-27',
    },
  ],
  [
    'source-date',
    { kind: 'source-date', source: 'zhou-2024' },
    { kind: 'source-date', source: 'zhou-2024' },
  ],
  [
    'unknown',
    { kind: 'unknown', asStated: 'at some point' },
    { kind: 'unknown', asStated: 'at some point' },
  ],
];

describe('time builder', () => {
  it('offers every kind of time the format has', () => {
    const formatKinds = TimeSpec.options.map((o) => o.shape.kind.value);
    expect([...TIME_KINDS].sort()).toEqual([...formatKinds].sort());
  });

  it.each(CASES)('builds a %s time the format accepts, and reads it back', (_, f, json) => {
    const spec = buildTime(form(f));
    expect(spec).toEqual(json);
    expect(TimeSpec.safeParse(spec).success).toBe(true);
    expect(buildTime(timeForm(spec))).toEqual(spec);
  });

  it('leaves a half-typed number as text for the validator to name, never a guess', () => {
    expect(buildTime(form({ kind: 'offset', from: 'x', amount: '1a' }))).toMatchObject({
      amount: '1a',
    });
    expect(buildTime(form({ kind: 'year', year: '' }))).toEqual({ kind: 'year', year: '' });
  });

  it('keeps what was typed for another kind when the kind changes', () => {
    const f = form({ kind: 'date', date: '2024-01-02' });
    const back = timeForm(buildTime({ ...f, kind: 'unknown' }));
    expect(back.kind).toBe('unknown');
    expect(buildTime({ ...f, kind: 'date' })).toEqual({ kind: 'date', date: '2024-01-02' });
  });

  it('shows how the resolver reads a time, in the case page’s words, beside the source’s', () => {
    const i = zhou.events.findIndex((e) => e.kind === 'response');
    const infusion = zhou.events.find((e) => e.kind === 'car-t-infusion')!.id;
    const spec = buildTime(
      form({ kind: 'offset', from: infusion, amount: '13', unit: 'day', asStated: 'day 13' }),
    );
    const words = readTime(zhou, ['events', i, 'time'], spec)!;
    expect(words.resolved).toMatch(/^day 13 after /);
    expect(words.stated).toMatch(/^day 13 after .*\("day 13"\)$/);
    expect(readTime(zhou, ['events', i, 'time'], { kind: 'date', date: '' })).toBeNull();
    const age = readTime(zhou, ['patient', 'age', 'at'], { kind: 'year', year: 2020 })!;
    expect(age).toEqual({ stated: '2020', resolved: null });
  });
});
