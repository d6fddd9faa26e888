import type { TimeSpec } from '../format/index.ts';
import { dayOfIso, dayOfYmd } from './days.ts';
import type { DayRange } from './types.ts';

/** Calendar range of a date, month or year: every day it may be, best estimate at the middle. */
export function calendarRange(spec: TimeSpec): DayRange | null {
  let lo: number;
  let hi: number;
  switch (spec.kind) {
    case 'date':
      lo = hi = dayOfIso(spec.date);
      break;
    case 'month': {
      const [y, m] = spec.month.split('-').map(Number) as [number, number];
      lo = dayOfYmd(y, m, 1);
      hi = dayOfYmd(y, m + 1, 1) - 1;
      break;
    }
    case 'year':
      lo = dayOfYmd(spec.year, 1, 1);
      hi = dayOfYmd(spec.year + 1, 1, 1) - 1;
      break;
    default:
      return null;
  }
  return { lo, hi, best: lo + Math.floor((hi - lo) / 2) };
}

/** Precision word of a calendar spec. */
export function precisionOf(
  spec: TimeSpec,
): 'day' | 'month' | 'year' | 'order' | 'unknown' | 'offset' {
  switch (spec.kind) {
    case 'date':
      return 'day';
    case 'month':
      return 'month';
    case 'year':
      return 'year';
    case 'order':
      return 'order';
    case 'unknown':
      return 'unknown';
    default:
      return 'offset';
  }
}
