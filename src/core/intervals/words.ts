export { spanWords } from '../layout/words.ts';
import { formatNumber } from '../summary/valueText.ts';

/** "1 day", "13 days", "2,496 days": a count of days with thousands grouped. */
export function daysText(n: number): string {
  return Math.abs(n) === 1 ? `${n} day` : `${formatNumber(n)} days`;
}

/** "≈ 0–31 days": a range of days, always marked approximate. */
export function rangeText(lo: number, hi: number): string {
  return `≈ ${formatNumber(lo)}–${formatNumber(hi)} days`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** "second" for 2: ordinals in words, so order-only notes carry no digits. */
export function ordinalWord(n: number): string {
  return ORDINALS[n - 1] ?? 'a later';
}

const COUNTS = ['one', 'two', 'three', 'four', 'five', 'six'];

/** "three" for 3: counts in words, so notes on order-only cells carry no digits. */
export function countWord(n: number): string {
  return COUNTS[n - 1] ?? 'several';
}
