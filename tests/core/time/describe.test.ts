import { describe, expect, it } from 'vitest';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { describeTime } from '../../../src/core/time/describe.ts';
import { caseWith } from './caseBuilder.ts';

const marinaLike = caseWith(
  [
    {
      id: 'hsct',
      label: 'the transplant',
      time: { kind: 'month', month: '2025-04', asStated: 'In April 2025' },
    },
    {
      id: 'mrd',
      time: {
        kind: 'offset',
        from: 'hsct',
        amount: 3,
        unit: 'month',
        approximate: true,
        asStated: 'Three months later',
      },
    },
    { id: 'inf', label: 'CAR-T infusion', time: { kind: 'order', after: ['mrd'] } },
    { id: 'd13', time: { kind: 'offset', from: 'inf', amount: 13, unit: 'day' } },
    { id: 'dx', time: { kind: 'year', year: 2013 } },
    { id: 'none', time: { kind: 'unknown' } },
  ],
  [{ kind: 'offset', from: 'inf', amount: 6, unit: 'day' }],
);
const rc = resolveCase(marinaLike);
const words = (key: string) => describeTime(marinaLike, rc, key);

describe('describeTime', () => {
  it('a month reads as the month, with the source words kept', () => {
    expect(words('hsct')).toEqual({
      resolved: 'Apr 2025',
      stated: 'Apr 2025 ("In April 2025")',
      placement: 'calendar',
    });
  });

  it('an approximate offset reads as an estimate with its range and how it was stated', () => {
    expect(words('mrd')).toEqual({
      resolved: '≈ Jul 2025 (15 Jun 2025 – 15 Aug 2025)',
      stated: 'about 3 months after the transplant ("Three months later")',
      placement: 'calendar',
    });
  });

  it('a day offset from an undated infusion reads as "day 13 after CAR-T infusion"', () => {
    expect(words('d13').resolved).toBe('day 13 after CAR-T infusion; not before 28 Jun 2025');
    expect(words('d13').stated).toBe('day 13 after CAR-T infusion');
  });

  it('order-only events say so and show only the bounds their neighbours give', () => {
    expect(words('inf')).toEqual({
      resolved: 'order only; not before 15 Jun 2025',
      stated: 'order only: after mrd',
      placement: 'order',
    });
  });

  it('a year reads as the year; no time reads as not reported', () => {
    expect(words('dx').resolved).toBe('2013');
    expect(words('none')).toEqual({
      resolved: 'time not reported',
      stated: 'not reported',
      placement: 'unknown',
    });
  });

  it('measurement points are described through their series key', () => {
    expect(words('mrd[0]').resolved).toMatch(/^day 6 after CAR-T infusion/);
  });
});
