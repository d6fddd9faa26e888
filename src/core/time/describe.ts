import { format } from 'date-fns';
import type { Case, TimeSpec } from '../format/index.ts';
import { dateOfDay, dayOfIso } from './days.ts';
import { calendarRange } from './calendarSpec.ts';
import type { DayRange, Placement, ResolvedCase } from './types.ts';

/** A time in words: as resolved onto the day axis, and as the source stated it. */
export interface TimeWords {
  resolved: string;
  stated: string;
  placement: Placement;
}

// date-fns formats in local time; a local twin of the UTC day keeps the printed day right in every zone.
export function localTwin(day: number): Date {
  const d = dateOfDay(day);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** "14 Jul 2025" for an epoch day, in any time zone. */
export const fmtDay = (n: number) => format(localTwin(n), 'd MMM yyyy');
/** "Jul 2025" for an epoch day, in any time zone. */
export const fmtMonth = (n: number) => format(localTwin(n), 'MMM yyyy');

/** Words for a calendar range: a day, a whole month or year, or an estimate with its range. */
export function formatCalendar(r: DayRange, approximate = false): string {
  const { lo, hi, best } = r;
  if (lo === null && hi === null) return 'date not known';
  if (best === null || lo === null || hi === null) {
    if (lo !== null && hi !== null) return `between ${fmtDay(lo)} and ${fmtDay(hi)}`;
    return lo !== null ? `not before ${fmtDay(lo)}` : `not after ${fmtDay(hi!)}`;
  }
  if (!approximate) {
    if (lo === hi) return fmtDay(lo);
    const month = calendarRange({ kind: 'month', month: format(localTwin(lo), 'yyyy-MM') })!;
    if (month.lo === lo && month.hi === hi) return fmtMonth(lo);
    const year = calendarRange({ kind: 'year', year: localTwin(lo).getFullYear() })!;
    if (year.lo === lo && year.hi === hi) return String(localTwin(lo).getFullYear());
  }
  const width = hi - lo;
  const centre =
    width <= 7 ? fmtDay(best) : width <= 93 ? fmtMonth(best) : format(localTwin(best), 'yyyy');
  return `≈ ${centre} (${fmtDay(lo)} – ${fmtDay(hi)})`;
}

/** Words for days counted from an event: "day 13 after X", "days 0–31 after X". */
export function formatRelative(
  r: { lo: number; hi: number; best: number },
  what: string,
  approximate: boolean,
): string {
  const dir = r.best < 0 ? 'before' : 'after';
  const abs = (n: number) => Math.abs(n);
  if (r.lo === r.hi) return `day ${abs(r.best)} ${dir} ${what}`;
  const [a, b] = r.best < 0 ? [abs(r.hi), abs(r.lo)] : [r.lo, r.hi];
  if (approximate) return `≈ day ${abs(r.best)} (${a}–${b}) ${dir} ${what}`;
  return `days ${a}–${b} ${dir} ${what}`;
}

/** Human label of a node key: the event's label, "(end)" for ends, the series label for points. */
export function nodeLabel(c: Case, key: string): string {
  const [id, tail] = key.split('#');
  const ev = c.events.find((e) => e.id === id);
  if (ev) return tail === 'end' ? `end of ${ev.label}` : ev.label;
  const m = /^(.*)\[(\d+)\]$/.exec(key);
  const series = m ? c.measurements.find((s) => s.id === m[1]) : undefined;
  return series ? `${series.label} measurement` : `"${key}"`;
}

/** Words for a time spec exactly as the file states it, with the source's own words appended. */
export function statedWords(c: Case, spec: TimeSpec): string {
  let words: string;
  switch (spec.kind) {
    case 'date':
      words = fmtDay(dayOfIso(spec.date));
      break;
    case 'month':
    case 'year':
      words = formatCalendar(calendarRange(spec)!);
      break;
    case 'offset': {
      const from = nodeLabel(c, spec.from) + (spec.anchor === 'end' ? ' ended' : '');
      const unit = (n: number) => (Math.abs(n) === 1 ? spec.unit : `${spec.unit}s`);
      const about = spec.approximate ? 'about ' : '';
      const max = spec.amountMax;
      if (max !== undefined && spec.amount === 0)
        words = `${about}within ${max} ${unit(max)} after ${from}`;
      else if (max !== undefined)
        words = `${about}${spec.amount}–${max} ${unit(max)} after ${from}`;
      else if (spec.amount === 0)
        words = `${spec.approximate ? 'around' : 'at'} the time of ${from}`;
      else if (spec.unit === 'day' && spec.amount > 0 && !spec.approximate)
        words = `day ${spec.amount} after ${from}`;
      else
        words = `${about}${Math.abs(spec.amount)} ${unit(spec.amount)} ${spec.amount < 0 ? 'before' : 'after'} ${from}`;
      break;
    }
    case 'order': {
      const parts: string[] = [];
      if (spec.after?.length)
        parts.push(`after ${spec.after.map((k) => nodeLabel(c, k)).join(', ')}`);
      if (spec.before?.length)
        parts.push(`before ${spec.before.map((k) => nodeLabel(c, k)).join(', ')}`);
      if (spec.notBefore) parts.push(`not before ${fmtDay(dayOfIso(spec.notBefore))}`);
      if (spec.notAfter) parts.push(`not after ${fmtDay(dayOfIso(spec.notAfter))}`);
      words = `order only: ${parts.join('; ') || 'no neighbours given'}`;
      break;
    }
    case 'source-date': {
      const src = c.sources.find((x) => x.id === spec.source);
      const when = src?.published
        ? fmtDay(dayOfIso(src.published))
        : src?.year !== undefined
          ? String(src.year)
          : 'date not given';
      words = `the date of the source (${when})`;
      break;
    }
    case 'unknown':
      words = 'not reported';
      break;
  }
  return spec.asStated ? `${words} ("${spec.asStated}")` : words;
}

/** Describes a node's time both as resolved and as stated. */
export function describeTime(c: Case, rc: ResolvedCase, key: string, spec?: TimeSpec): TimeWords {
  const t = rc.times.get(key);
  const s = spec ?? specOf(c, key);
  const stated = s ? statedWords(c, s) : 'not reported';
  if (!t) return { resolved: 'not placed', stated, placement: 'error' };
  let resolved: string;
  switch (t.placement) {
    case 'calendar':
      resolved = formatCalendar(t.calendar, t.approximate);
      break;
    case 'relative': {
      resolved = formatRelative(t.fromRoot, nodeLabel(c, t.root), t.approximate);
      const bounds = formatCalendar(t.calendar);
      if (t.calendar.lo !== null || t.calendar.hi !== null) resolved += `; ${bounds}`;
      break;
    }
    case 'order': {
      const bounds = formatCalendar(t.calendar);
      resolved =
        t.calendar.lo !== null || t.calendar.hi !== null ? `order only; ${bounds}` : 'order only';
      break;
    }
    case 'unknown':
      resolved = 'time not reported';
      break;
    case 'error':
      resolved = 'time could not be resolved';
      break;
  }
  return { resolved, stated, placement: t.placement };
}

/** The time spec behind a node key. */
export function specOf(c: Case, key: string): TimeSpec | undefined {
  const [id, tail] = key.split('#');
  const ev = c.events.find((e) => e.id === id);
  if (ev) return tail === 'end' ? ev.end : ev.time;
  const m = /^(.*)\[(\d+)\]$/.exec(key);
  const series = m ? c.measurements.find((s) => s.id === m[1]) : undefined;
  return series?.points[Number(m![2])]?.time;
}
