import { dayWords } from '../layout/words.ts';
import type { MarkerPlace } from './types.ts';

/** "1095" → "1,095": thousands grouped as en-US does, without Intl (a cohort asks per marker). */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/** "day 13", "day −1,095", with thousands grouped. */
export function dayText(day: number): string {
  return dayWords(Math.round(day)).replace(/\d+/, grouped);
}

/**
 * Where a marker sits, in words relative to the first infusion: "day 13", "≈ day 13 (day 12 to
 * day 14)", "between day 0 and day 2,890 (bounds only)", "order only, before the timed part".
 */
export function placeText(p: MarkerPlace): string {
  switch (p.kind) {
    case 'point': {
      const about = p.approximate ? '≈ ' : '';
      if (p.lo === p.hi) return `${about}${dayText(p.day)}`;
      return `${about}${dayText(p.day)} (${dayText(p.lo)} to ${dayText(p.hi)})`;
    }
    case 'window':
      return `between ${dayText(p.lo)} and ${dayText(p.hi)} (bounds only${p.between ? ', from its order' : ''})`;
    case 'order':
      return p.zone === 'before'
        ? `order only, before the timed part (position ${p.index + 1})`
        : `order only, after the timed part (position ${p.index + 1})`;
    case 'none':
      return 'time not reported';
  }
}
