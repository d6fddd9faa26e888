// UTC days are all 86,400,000 ms long (no daylight saving; JavaScript time has no leap seconds),
// so counting them is division. This runs for every date of a case on a fresh page, where a
// calendar-interval library call per date showed in the profile.
const DAY_MS = 86_400_000;

/** Epoch day (days since 1970-01-01 UTC, counted by calendar) of a date. */
export function dayOf(d: Date): number {
  return Math.floor(d.getTime() / DAY_MS);
}

/** The UTC midnight Date of an epoch day. */
export function dateOfDay(n: number): Date {
  return new Date(Math.floor(n) * DAY_MS);
}

/** Epoch day of a calendar date given as year, month (1–12) and day. */
export function dayOfYmd(y: number, m: number, d: number): number {
  return dayOf(new Date(Date.UTC(y, m - 1, d)));
}

/** Parses "YYYY-MM-DD" to an epoch day. */
export function dayOfIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayOfYmd(y, m, d);
}

/** Adds whole calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const whole = Math.trunc(months);
  const date = dateOfDay(day);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + whole;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const shifted = dayOf(new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), last))));
  // A fractional remainder ("1.5 months") has no calendar meaning: count it in mean-month days.
  return shifted + Math.round((months - whole) * MEAN_MONTH_DAYS);
}

/** Mean Gregorian month length in days (365.2425 / 12). */
export const MEAN_MONTH_DAYS = 30.436875;

const spanCache = new Map<number, [number, number]>();

/**
 * Shortest and longest number of days that `months` calendar months can span, whatever the start day.
 * Used when the start day itself is unknown (an offset counted from an undated event).
 */
export function monthSpanDays(months: number): [number, number] {
  const cached = spanCache.get(months);
  if (cached) return cached;
  let min = Infinity;
  let max = -Infinity;
  // Four years hold every combination of month lengths and leap days that matters here.
  const start = dayOfYmd(2000, 1, 1);
  for (let d = start; d < start + 1461; d++) {
    const span = addMonths(d, months) - d;
    if (span < min) min = span;
    if (span > max) max = span;
  }
  const out: [number, number] = [min, max];
  spanCache.set(months, out);
  return out;
}
