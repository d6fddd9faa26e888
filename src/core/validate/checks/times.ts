// Checks that need times resolved: loops of offsets or order, and periods that end before they start.
// Cycle detection belongs to the resolver; here its findings become problems a curator can act on.

import type { Case } from '../../format/index.ts';
import { dateOfDay } from '../../time/days.ts';
import type { DayRange, ResolvedCase, ResolvedTime } from '../../time/types.ts';
import { error, type Draft } from '../draft.ts';

/** Maps the resolver's cycle reports, and reports ends that fall before their starts. */
export function checkTimes(
  c: Case,
  resolved: ResolvedCase,
  reported: readonly string[] = [],
): Draft[] {
  const ends = checkEnds(c, resolved);
  const out: Draft[] = [];
  // A time already reported as malformed (a reversed range) also contradicts itself: say it once.
  const reportedAlready = (path: string) => reported.some((r) => r.startsWith(path));
  const contradiction = resolved.problems.some((p) => p.code === 'time-contradiction');
  for (const p of resolved.problems) {
    if (p.code === 'offset-cycle') {
      out.push(
        error(
          'offset-cycle',
          p.path,
          'offsets that lead back to a date or to an event with its own time',
          p.message,
          'Break the loop: count one of these events from a date, or from an event outside the loop.',
        ),
      );
    } else if (p.code === 'time-contradiction') {
      // An end before its start is itself a loop (start ≤ end < start): its own error says more.
      if (ends.length > 0 && p.constraints?.some((k) => k.kind === 'end')) continue;
      if (p.constraints?.some((k) => reportedAlready(k.path))) continue;
      out.push(
        error(
          'time-contradiction',
          p.path,
          'times that can all hold together',
          `times that contradict each other: ${p.message}`,
          'One of these is wrong: check each against the source and correct or remove it.',
        ),
      );
    } else if (p.code === 'order-cycle' && ends.length === 0 && !contradiction) {
      // An end before its start also closes an order loop (start → end → start); that error says more.
      out.push(
        error(
          'order-cycle',
          p.path,
          'an order that can be kept: no event both before and after another',
          p.message,
          'Remove the "after", "before", offset or date that contradicts the others.',
        ),
      );
    }
    // 'unknown-anchor' is reported by checkReferences, with a suggestion; not repeated here.
  }
  return [...ends, ...out];
}

/** An end is an error when all its possible days precede all possible days of its start. */
function checkEnds(c: Case, resolved: ResolvedCase): Draft[] {
  const out: Draft[] = [];
  c.events.forEach((e, i) => {
    if (!e.end) return;
    const start = resolved.times.get(e.id);
    const end = resolved.times.get(`${e.id}#end`);
    if (!start || !end) return;
    const gap = endsBefore(start, end);
    if (gap === null) return;
    out.push(
      error(
        'end-before-start',
        `events[${i}].end`,
        'an end on or after the start',
        gap,
        'Check both times against the source; if they are swapped, swap them back.',
      ),
    );
  });
  return out;
}

/** Words for how the end precedes the start, or null when it may not. */
function endsBefore(start: ResolvedTime, end: ResolvedTime): string | null {
  const s = start.calendar;
  const e = end.calendar;
  if (
    start.placement === 'calendar' &&
    end.placement === 'calendar' &&
    e.hi !== null &&
    s.lo !== null &&
    e.hi < s.lo
  ) {
    return `an end ${span(e)}, before a start ${span(s)}`;
  }
  // Both counted from the same root: comparable in days even without calendar dates.
  if (
    start.root === end.root &&
    start.placement !== 'error' &&
    end.placement !== 'error' &&
    end.fromRoot.hi !== null &&
    start.fromRoot.lo !== null &&
    end.fromRoot.hi < start.fromRoot.lo
  ) {
    return `an end ${start.fromRoot.lo - end.fromRoot.hi} or more days before the start`;
  }
  return null;
}

/** A calendar range as ISO days: "on 2025-04-01" or "between 2025-04-01 and 2025-04-30". */
function span(r: DayRange): string {
  const iso = (d: number) => dateOfDay(d).toISOString().slice(0, 10);
  if (r.lo === null || r.hi === null)
    return r.lo !== null ? `from ${iso(r.lo)}` : `by ${iso(r.hi!)}`;
  return r.lo === r.hi ? `on ${iso(r.lo)}` : `between ${iso(r.lo)} and ${iso(r.hi)}`;
}
