import { fc, test } from '@fast-check/vitest';
import { utcDay } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { addMonths, dateOfDay, dayOf, dayOfIso, dayOfYmd } from '../../../src/core/time/days.ts';

const EPOCH = new Date(Date.UTC(1970, 0, 1));
// About 1700 to 2240: every date a case report could name, and then some.
const instant = fc.integer({ min: -8_500_000_000_000, max: 8_500_000_000_000 });

describe('epoch days', () => {
  test.prop([instant])('count UTC calendar days exactly as a calendar interval does', (t) => {
    const d = new Date(t);
    expect(dayOf(d)).toBe(utcDay.count(EPOCH, utcDay.floor(d)));
  });

  test.prop([fc.integer({ min: -100_000, max: 100_000 })])(
    'give back the UTC midnight of a day, and its day again',
    (n) => {
      const d = dateOfDay(n);
      expect(d.getTime()).toBe(utcDay.offset(EPOCH, n).getTime());
      expect(dayOf(d)).toBe(n);
    },
  );

  it('count across leap days and century years', () => {
    expect(dayOfIso('1970-01-01')).toBe(0);
    expect(dayOfIso('2000-03-01') - dayOfIso('2000-02-28')).toBe(2);
    expect(dayOfIso('1900-03-01') - dayOfIso('1900-02-28')).toBe(1);
    expect(dayOfYmd(1969, 12, 31)).toBe(-1);
    expect(addMonths(dayOfIso('2024-01-31'), 1)).toBe(dayOfIso('2024-02-29'));
  });

  it('stay NaN for an impossible date rather than inventing one', () => {
    expect(dayOf(new Date(NaN))).toBeNaN();
    expect(dateOfDay(NaN).getTime()).toBeNaN();
  });
});
