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

/** "day 13", "day −30" (a true minus sign, as typeset). */
export function dayWords(day: number): string {
  return day < 0 ? `day −${-day}` : `day ${day}`;
}

export const ORDER_BAND_LABEL = 'order only — spacing is not time';
