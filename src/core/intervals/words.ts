import { durationWords } from '../layout/words.ts';
import { formatNumber } from '../summary/valueText.ts';

/** "1 day", "13 days", "2,496 days": a count of days with thousands grouped. */
export function daysText(n: number): string {
  return Math.abs(n) === 1 ? `${n} day` : `${formatNumber(n)} days`;
}

/** "≈ 0–31 days": a range of days, always marked approximate. */
export function rangeText(lo: number, hi: number): string {
  return `≈ ${formatNumber(lo)}–${formatNumber(hi)} days`;
}

/**
 * A span of days as people say it, for a reader who does not count in days: "≈ 4 months",
 * "≈ 7–8 years", "within ≈ 4 weeks". Undefined when words add nothing to the number (under two weeks).
 */
export function spanWords(lo: number, hi: number): string | undefined {
  if (Math.max(Math.abs(lo), Math.abs(hi)) < 14) return undefined;
  const a = durationWords(lo);
  const b = durationWords(hi);
  if (a === b) return a;
  if (lo === 0) return `within ${b}`;
  const [na, ua] = a.replace(/^≈ /, '').split(' ');
  const [nb, ub] = b.replace(/^≈ /, '').split(' ');
  if (a.startsWith('≈') && b.startsWith('≈') && ua === ub) return `≈ ${na}–${nb} ${ub}`;
  return `${a} to ${b}`;
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
