import { format } from 'date-fns';
import { utcDay, utcMonth, utcWeek, utcYear, type TimeInterval } from 'd3-time';
import { dateOfDay, dayOf } from '../time/days.ts';
import { fmtMonth, localTwin } from '../time/describe.ts';
import { dayWords } from './words.ts';
import type { Tick, TimeAxis } from './types.ts';

/** Aim for a tick every ~90 px: within the 80–100 px a label needs. */
const TARGET_PX = 90;

/** Ticks for the visible window [u0, u1] drawn `widthPx` wide: per time segment, break edges, none in bands. */
export function axisTicks(axis: TimeAxis, u0: number, u1: number, widthPx: number): Tick[] {
  if (!(u1 > u0) || !(widthPx > 0)) return [];
  const daysPerTick = (TARGET_PX * (u1 - u0)) / widthPx;
  const scheme =
    axis.frame.mode === 'calendar' ? calendarScheme(daysPerTick) : relativeScheme(daysPerTick);
  const edges: Tick[] = [];
  const regular: Tick[] = [];
  axis.segments.forEach((s, i) => {
    if (s.u1 < u0 || s.u0 > u1 || s.kind === 'order') return;
    if (s.kind === 'break') {
      for (const [u, d] of [
        [s.u0, s.d0],
        [s.u1, s.d1],
      ] as const)
        if (u >= u0 && u <= u1) edges.push({ u, label: scheme.edge(d), major: false });
      return;
    }
    // A band's insertion day belongs before the band (as in dayToU), not to the time after it.
    const afterBand = i > 1 && axis.segments[i - 1]!.kind === 'order';
    // The visible days of this segment (1 day = 1 u inside time segments).
    const first = Math.ceil(s.d0 + Math.max(0, u0 - s.u0));
    const last = Math.floor(s.d1 - Math.max(0, s.u1 - u1));
    for (const day of scheme.days(first, last)) {
      if (afterBand && day === s.d0) continue;
      regular.push({
        u: s.u0 + (day - s.d0),
        label: scheme.label(day),
        major: scheme.major(day),
        day,
        stretch: i,
      });
    }
  });
  // Regular ticks too close to a break edge would print over its label.
  const minGap = (0.6 * TARGET_PX * (u1 - u0)) / widthPx;
  const kept = regular.filter((t) => edges.every((e) => Math.abs(e.u - t.u) >= minGap));
  // Sorted by u, break edges first at equal u: keep the first tick at each position.
  const all = [...edges, ...kept].sort((a, b) => a.u - b.u);
  return all.filter((t, i) => i === 0 || all[i - 1]!.u !== t.u);
}

interface Scheme {
  days(first: number, last: number): number[];
  label(day: number): string;
  major(day: number): boolean;
  edge(day: number): string;
}

const NICE_DAYS = [1, 2, 5, 7, 14, 30, 60, 90, 180, 365, 730, 1825, 3650, 7300, 18250];

/** Relative ticks at multiples of a nice step, so day 0 is always among them; "day 0" is major. */
function relativeScheme(daysPerTick: number): Scheme {
  const step = NICE_DAYS.find((s) => s >= daysPerTick * 0.9) ?? 36500;
  return {
    days(first, last) {
      const out: number[] = [];
      for (let d = Math.ceil(first / step) * step; d <= last; d += step) out.push(d === 0 ? 0 : d);
      return out;
    },
    label: dayWords,
    major: (day) => day === 0,
    edge: (day) => dayWords(Math.round(day)),
  };
}

interface CalendarStep {
  days: number;
  interval: TimeInterval;
  label: (day: number) => string;
  major: (day: number) => boolean;
}

const fmt = (pattern: string) => (day: number) => format(localTwin(day), pattern);
const isYearStart = (day: number) => dateOfDay(day).getUTCMonth() === 0;
const isMonthStart = (day: number) => dateOfDay(day).getUTCDate() === 1;

const CALENDAR_STEPS: CalendarStep[] = [
  { days: 1, interval: utcDay, label: fmt('d MMM'), major: isMonthStart },
  { days: 2, interval: utcDay.every(2)!, label: fmt('d MMM'), major: isMonthStart },
  { days: 7, interval: utcWeek, label: fmt('d MMM'), major: isMonthStart },
  { days: 14, interval: utcWeek.every(2)!, label: fmt('d MMM'), major: isMonthStart },
  { days: 30.4, interval: utcMonth, label: fmtMonth, major: isYearStart },
  { days: 91, interval: utcMonth.every(3)!, label: fmtMonth, major: isYearStart },
  { days: 182, interval: utcMonth.every(6)!, label: fmtMonth, major: isYearStart },
  ...[1, 2, 5, 10, 20, 50, 100].map((k) => ({
    days: 365.25 * k,
    interval: k === 1 ? utcYear : utcYear.every(k)!,
    label: fmt('yyyy'),
    major: () => true,
  })),
];

/** Calendar ticks on UTC day, week, month or year starts, the finest that leaves ~90 px per label. */
function calendarScheme(daysPerTick: number): Scheme {
  const step =
    CALENDAR_STEPS.find((s) => s.days >= daysPerTick * 0.9) ??
    CALENDAR_STEPS[CALENDAR_STEPS.length - 1]!;
  return {
    days(first, last) {
      if (last < first) return [];
      return step.interval.range(dateOfDay(first), dateOfDay(last + 1)).map(dayOf);
    },
    label: step.label,
    major: step.major,
    // Break edges fall on any day: print them at the tick precision, never as a year start.
    edge: (day) =>
      step.days >= 30 ? fmtMonth(Math.round(day)) : fmt('d MMM yyyy')(Math.round(day)),
  };
}
