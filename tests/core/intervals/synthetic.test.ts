import { describe, expect, it } from 'vitest';
import type { Event, Series, TimeSpec } from '../../../src/core/format/index.ts';
import { intervalRow, keyIntervals } from '../../../src/core/intervals/index.ts';
import type { KeyIntervalId } from '../../../src/core/intervals/index.ts';
import { resolveCase } from '../../../src/core/time/index.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';
import { epochDay } from '../../data/library.ts';

const date = (d: string): TimeSpec => ({ kind: 'date', date: d });
const day = (from: string, amount: number): TimeSpec => ({
  kind: 'offset',
  from,
  amount,
  unit: 'day',
});
const after = (...ids: string[]): TimeSpec => ({ kind: 'order', after: ids });

type Loose<E> = { [K in keyof E]?: E[K] };
const ev = (e: Loose<Event> & { id: string; kind: Event['kind']; time: TimeSpec }) =>
  ({ label: e.id, provenance: stated, ...e }) as Event;
const tox = (id: string, toxicity: string, time: TimeSpec, more: object = {}) =>
  ev({ id, kind: 'toxicity', time, ...({ toxicity, occurred: true } as object), ...more });

function series(id: string, quantity: Series['quantity'], points: Series['points']): Series {
  return { id, quantity, label: id, unit: 'copies/μg', provenance: stated, points };
}
const pt = (time: TimeSpec, value?: number, more: object = {}) => ({
  time,
  ...(value === undefined ? {} : { value }),
  provenance: stated,
  ...more,
});

function run(events: Event[], measurements: Series[] = []) {
  const c = makeCase(events, { measurements });
  const k = keyIntervals(c, resolveCase(c));
  return (id: KeyIntervalId) => intervalRow(k, id).cell;
}

/** A fully dated course: diagnosis, relapse, infusion, then events counted in days from it. */
const dated = [
  ev({ id: 'dx', kind: 'diagnosis', time: date('2024-01-10') }),
  ev({
    id: 'rel',
    kind: 'relapse',
    time: date('2024-06-01'),
    ...{ sites: ['marrow'], level: 'MRD' },
  }),
  ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
  ev({ id: 'cr', kind: 'response', time: day('inf', 28), ...{ assessment: 'CR' } }),
  tox('crs-a', 'CRS', day('inf', 2), { grade: { scale: 'ASTCT', value: 1 } }),
  tox('crs-b', 'CRS', day('inf', 5), { grade: { scale: 'ASTCT', value: 3 } }),
  tox('icans', 'ICANS', day('inf', 6), { grade: { scale: 'ASTCT', value: 2 } }),
  ev({
    id: 'tx',
    kind: 'transplant',
    time: date('2024-10-01'),
    ...{ transplantType: 'allogeneic' },
  }),
  ev({ id: 'fu', kind: 'follow-up', time: date('2025-07-01'), ...{ status: 'alive' } }),
];

describe('keyIntervals on a dated synthetic course', () => {
  const cell = run(dated);

  it('counts calendar dates exactly across chains', () => {
    expect(cell('diagnosis-to-relapse').value).toMatchObject({
      kind: 'days',
      lo: epochDay('2024-06-01') - epochDay('2024-01-10'),
      exact: true,
    });
    expect(cell('relapse-to-infusion').text).toBe('30 days');
    expect(cell('transplant-after').text).toBe(
      `day ${epochDay('2024-10-01') - epochDay('2024-07-01')}`,
    );
    expect(cell('last-follow-up').words).toBe('≈ 12 months');
    expect(cell('status')).toMatchObject({ value: { kind: 'status', status: 'alive' } });
  });

  it('takes CRS onset from the first episode and the grade from the worst', () => {
    expect(cell('crs-onset').text).toBe('day 2');
    expect(cell('crs-onset').evidence[0]!.key).toBe('crs-a');
    expect(cell('crs-grade').text).toBe('ASTCT grade 3');
    expect(cell('crs-grade').evidence[0]!.key).toBe('crs-b');
    expect(cell('icans').text).toBe('ASTCT grade 2');
  });

  it('says "not reported" for what the case does not record', () => {
    for (const row of ['infusion-to-mrd-negative', 'gvhd', 'car-peak', 'car-peak-day'] as const)
      expect(cell(row).value.kind).toBe('not-reported');
  });
});

describe('keyIntervals edge cases', () => {
  it('without an infusion, every row counted from it is "not reported" and says why', () => {
    const cell = run([
      ev({ id: 'dx', kind: 'diagnosis', time: date('2024-01-10') }),
      ev({ id: 'cr', kind: 'response', time: date('2024-03-01'), ...{ assessment: 'CR' } }),
    ]);
    for (const row of ['relapse-to-infusion', 'infusion-to-cr', 'crs-onset', 'icans'] as const) {
      expect(cell(row).value.kind).toBe('not-reported');
      expect(cell(row).note).toMatch(/no CAR-T infusion/);
    }
  });

  it('"not observed" on both CRS rows when the source says CRS did not occur', () => {
    const cell = run([
      ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
      tox('no-crs', 'CRS', after('inf'), { occurred: false }),
    ]);
    expect(cell('crs-onset').value.kind).toBe('not-observed');
    expect(cell('crs-grade').value.kind).toBe('not-observed');
  });

  it('a toxicity before the infusion is not counted after it', () => {
    const cell = run([
      ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
      tox('icans-old', 'ICANS', date('2024-01-01'), { grade: { scale: 'ASTCT', value: 2 } }),
    ]);
    expect(cell('icans')).toMatchObject({ value: { kind: 'not-reported' } });
    expect(cell('icans').evidence[0]!.key).toBe('icans-old');
  });

  it('an unflagged peak is the largest of the measured values, said so', () => {
    const cell = run(
      [ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } })],
      [series('car', 'car-transgene', [pt(day('inf', 7), 1000), pt(day('inf', 14), 25000)])],
    );
    expect(cell('car-peak').value).toEqual({
      kind: 'amount',
      value: 25000,
      unit: 'copies/μg',
      stated: false,
    });
    expect(cell('car-peak').note).toMatch(/does not call it the peak/);
    expect(cell('car-peak-day').text).toBe('day 14');
    expect(cell('car-peak-day').evidence[0]!.key).toBe('car[1]');
  });

  it('a single unflagged CAR value is not a peak', () => {
    const cell = run(
      [ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } })],
      [series('car', 'car-transgene', [pt(day('inf', 7), 1000)])],
    );
    expect(cell('car-peak').value.kind).toBe('not-reported');
    expect(cell('car-peak').note).toMatch(/single CAR measurement/);
  });

  it('MRD negativity: an undetectable MRD point before the MRD-negative response wins', () => {
    const cell = run(
      [
        ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
        ev({
          id: 'neg',
          kind: 'response',
          time: day('inf', 30),
          ...{ assessment: 'MRD-negative' },
        }),
      ],
      [
        {
          ...series('mrd', 'MRD', [
            pt(day('inf', -5), 2),
            pt(day('inf', 21), undefined, { qualifier: 'below-detection' }),
          ]),
          unit: '%',
        },
      ],
    );
    expect(cell('infusion-to-mrd-negative').text).toBe('day 21');
    expect(cell('infusion-to-mrd-negative').evidence.map((e) => e.key)).toEqual(['mrd[1]']);
  });

  it('an event with no time gives "time not reported", not a number', () => {
    const cell = run([
      ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
      ev({ id: 'fu', kind: 'follow-up', time: { kind: 'unknown' }, ...{ status: 'alive' } }),
    ]);
    const fu = cell('last-follow-up');
    expect(fu.value.kind === 'days').toBe(false);
    expect(fu.text).not.toMatch(/\d/);
    expect(fu.evidence[0]!.key).toBe('fu');
  });

  it('a death outranks a later-placed follow-up for the status row', () => {
    const cell = run([
      ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
      ev({ id: 'd', kind: 'death', time: after('inf'), ...{ cause: 'infection' } }),
      ev({ id: 'fu', kind: 'follow-up', time: after('d'), ...{ status: 'alive' } }),
    ]);
    expect(cell('status').text).toBe('died (infection)');
    expect(cell('last-follow-up').value.kind).toBe('order-only');
  });

  it('an approximate offset gives a ≈ range with its best estimate', () => {
    const cell = run([
      ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
      ev({
        id: 'fu',
        kind: 'follow-up',
        time: { kind: 'offset', from: 'inf', amount: 3, unit: 'month', approximate: true },
        ...{ status: 'in-remission' },
      }),
    ]);
    const v = cell('last-follow-up').value;
    if (v.kind !== 'days') throw new Error(`expected days, got ${v.kind}`);
    expect(v.exact).toBe(false);
    expect(v.lo).toBeLessThan(v.best!);
    expect(v.best!).toBeLessThan(v.hi);
    expect(cell('last-follow-up').text).toBe(`≈ ${v.lo}–${v.hi} days`);
  });
});

describe('keyIntervals on times the resolver cannot place', () => {
  it('finishes on a cycle and a missing reference, with no number in the affected cells', () => {
    const cell = run([
      ev({ id: 'inf', kind: 'car-t-infusion', time: day('cr', -10), ...{ product: 'p' } }),
      ev({ id: 'cr', kind: 'response', time: day('inf', 10), ...{ assessment: 'CR' } }),
      tox('crs', 'CRS', day('nowhere', 2), { grade: { scale: 'ASTCT', value: 1 } }),
    ]);
    for (const row of ['infusion-to-cr', 'crs-onset'] as const) {
      expect(cell(row).value.kind).not.toBe('days');
      expect(cell(row).text).not.toMatch(/\d/);
    }
  });
});

describe('keyIntervals name the events they use', () => {
  const rel = (id: string, time: TimeSpec) =>
    ev({ id, kind: 'relapse', time, ...{ sites: ['marrow'], level: 'morphological' } });
  const course = [
    ev({ id: 'dx', kind: 'diagnosis', time: date('2020-01-10') }),
    rel('rel-1', date('2021-03-01')),
    rel('rel-2', date('2024-05-01')),
    ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
    rel('rel-3', date('2025-01-01')),
  ];

  it('diagnosis → the first relapse, citing it as "first relapse" and saying it had others to pick', () => {
    const cell = run(course)('diagnosis-to-relapse');
    expect(cell.text).toBe(
      `${(epochDay('2021-03-01') - epochDay('2020-01-10')).toLocaleString('en-US')} days`,
    );
    expect(cell.evidence.map((e) => [e.role, e.key])).toEqual([
      ['first relapse', 'rel-1'],
      ['diagnosis', 'dx'],
    ]);
    expect(cell.note).toBe('The first of three relapses recorded after the diagnosis.');
  });

  it('the relapse that led to CAR-T → infusion: the last relapse before it, not a later one', () => {
    const cell = run(course)('relapse-to-infusion');
    expect(cell.text).toBe(`${epochDay('2024-07-01') - epochDay('2024-05-01')} days`);
    expect(cell.evidence.map((e) => [e.role, e.key])).toEqual([
      ['infusion', 'inf'],
      ['last relapse before CAR-T', 'rel-2'],
    ]);
    expect(cell.note).toBe('The last of two relapses before the infusion.');
  });

  it('diagnosis → first relapse needs no infusion', () => {
    const cell = run(course.filter((e) => e.id !== 'inf'))('diagnosis-to-relapse');
    expect(cell.value).toMatchObject({ kind: 'days', exact: true });
    expect(cell.evidence[0]!.key).toBe('rel-1');
  });
});

describe('keyIntervals come from the tight bounds, not from two calendar ranges', () => {
  it('an order-only CR between a dated infusion and a dated follow-up is a bounds-only range', () => {
    const cell = run([
      ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
      ev({
        id: 'cr',
        kind: 'response',
        time: { kind: 'order', after: ['inf'], before: ['fu'] },
        ...{ assessment: 'CR' },
      }),
      ev({ id: 'fu', kind: 'follow-up', time: date('2024-08-01'), ...{ status: 'alive' } }),
    ])('infusion-to-cr');
    expect(cell.value).toEqual({ kind: 'days', lo: 0, hi: 31, best: null, exact: false });
    expect(cell.text).toBe('≈ 0–31 days');
    expect(cell.note).toMatch(/^Bounds only/);
    expect(cell.evidence[0]).toMatchObject({ key: 'cr', role: 'first CR' });
  });

  it('an order-only CR bounded on one side only stays "order only", with no number', () => {
    const cell = run([
      ev({ id: 'inf', kind: 'car-t-infusion', time: date('2024-07-01'), ...{ product: 'p' } }),
      ev({ id: 'cr', kind: 'response', time: after('inf'), ...{ assessment: 'CR' } }),
    ])('infusion-to-cr');
    expect(cell.value).toEqual({ kind: 'order-only', relation: 'after', from: 'infusion' });
    expect(cell.text).toBe('after infusion; time not reported');
  });

  it('an offset within a month counts through the chain: "within 1 month" of a year-dated infusion is 0–31 days', () => {
    const cell = run([
      ev({
        id: 'inf',
        kind: 'car-t-infusion',
        time: { kind: 'year', year: 2024 },
        ...{ product: 'p' },
      }),
      ev({
        id: 'cr',
        kind: 'response',
        time: { kind: 'offset', from: 'inf', amount: 0, amountMax: 1, unit: 'month' },
        ...{ assessment: 'CR' },
      }),
    ])('infusion-to-cr');
    // Two calendar ranges (2024, and Jan 2024 to Jan 2025) would give −365 to 396.
    expect(cell.value).toMatchObject({ kind: 'days', lo: 0, exact: false });
    if (cell.value.kind !== 'days') return;
    expect(cell.value.hi).toBeGreaterThanOrEqual(28);
    expect(cell.value.hi).toBeLessThanOrEqual(31);
  });

  it('a relapse and an infusion in the same year with no stated order: the range crosses 0 and says so', () => {
    const cell = run([
      ev({
        id: 'rel',
        kind: 'relapse',
        time: { kind: 'year', year: 2024 },
        ...{ sites: ['marrow'], level: 'MRD' },
      }),
      ev({
        id: 'inf',
        kind: 'car-t-infusion',
        time: { kind: 'year', year: 2024 },
        ...{ product: 'p' },
      }),
    ])('relapse-to-infusion');
    if (cell.value.kind !== 'days') throw new Error(`expected days, got ${cell.value.kind}`);
    expect(cell.value.lo).toBeLessThan(0);
    expect(cell.value.hi).toBeGreaterThan(0);
    expect(cell.note).toMatch(/do not settle which of the two comes first/);
  });
});
