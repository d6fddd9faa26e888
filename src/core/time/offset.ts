import type { OffsetTime, OffsetUnit } from '../format/index.ts';
import { addMonths, MEAN_MONTH_DAYS, monthSpanDays } from './days.ts';
import type { DayRange } from './types.ts';

const UNIT_DAYS: Record<OffsetUnit, number> = {
  day: 1,
  week: 7,
  month: MEAN_MONTH_DAYS,
  year: 365.2425,
};
const UNIT_MONTHS: Partial<Record<OffsetUnit, number>> = { month: 1, year: 12 };

/** Default half-width of an approximate offset, in its unit: half a unit, or 10 % of the amount if larger. */
export function toleranceOf(o: OffsetTime): number {
  if (!o.approximate) return 0;
  return o.tolerance ?? Math.max(0.5, 0.1 * Math.abs(o.amount));
}

/** Bounds of the offset amount in its unit: [amount, amountMax ?? amount] widened by the tolerance. */
function amountRange(o: OffsetTime): { lo: number; hi: number; mid: number; tolDays: number } {
  const hi = o.amountMax ?? o.amount;
  return {
    lo: o.amount,
    hi,
    mid: (o.amount + hi) / 2,
    tolDays: toleranceOf(o) * UNIT_DAYS[o.unit],
  };
}

/** Shifts a calendar range by an offset with calendar arithmetic for months and years. */
export function shiftCalendar(r: DayRange, o: OffsetTime): DayRange {
  const a = amountRange(o);
  const months = UNIT_MONTHS[o.unit];
  const move = (day: number, amount: number) =>
    months === undefined
      ? day + Math.round(amount * UNIT_DAYS[o.unit])
      : addMonths(day, amount * months);
  return {
    lo: r.lo === null ? null : Math.floor(move(r.lo, a.lo) - a.tolDays),
    hi: r.hi === null ? null : Math.ceil(move(r.hi, a.hi) + a.tolDays),
    best: r.best === null ? null : move(r.best, a.mid),
  };
}

/** Day range an offset spans when the day it counts from is unknown (relative placement). */
export function offsetDays(o: OffsetTime): { lo: number; hi: number; best: number } {
  const a = amountRange(o);
  const months = UNIT_MONTHS[o.unit];
  if (months === undefined) {
    const k = UNIT_DAYS[o.unit];
    return {
      lo: Math.floor(a.lo * k - a.tolDays),
      hi: Math.ceil(a.hi * k + a.tolDays),
      best: Math.round(a.mid * k),
    };
  }
  const [loMin] = monthSpanDays(a.lo * months);
  const [, hiMax] = monthSpanDays(a.hi * months);
  return {
    lo: Math.floor(loMin - a.tolDays),
    hi: Math.ceil(hiMax + a.tolDays),
    best: Math.round(a.mid * months * MEAN_MONTH_DAYS),
  };
}
