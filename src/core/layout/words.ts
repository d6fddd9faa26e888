const MONTH_DAYS = 30.436875;
const YEAR_DAYS = 365.2425;

/** The length of a stretch of days in words, rounded the way people say it: "≈ 18 months", "≈ 6 years". */
export function durationWords(days: number): string {
  const d = Math.abs(days);
  if (d < 14) return Math.round(d) === 1 ? '1 day' : `${Math.round(d)} days`;
  if (d < 60) return `≈ ${Math.round(d / 7)} weeks`;
  if (Math.round(d / MONTH_DAYS) < 24) return `≈ ${Math.round(d / MONTH_DAYS)} months`;
  return `≈ ${Math.round(d / YEAR_DAYS)} years`;
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

/** "day 13", "day −30" (a true minus sign, as typeset). */
export function dayWords(day: number): string {
  return day < 0 ? `day −${-day}` : `day ${day}`;
}

export const ORDER_BAND_LABEL = 'order only — spacing is not time';
