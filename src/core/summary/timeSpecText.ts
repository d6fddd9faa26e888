import type { TimeSpec } from '../format/index.ts';
import { calendarRange } from '../time/calendarSpec.ts';
import { formatCalendar } from '../time/describe.ts';

/**
 * A stand-alone time (e.g. when an age applies) as the source gives it, without resolving it:
 * "15 Apr 2025", "Apr 2025", "2023", else the source's wording in quotes, else "time not stated".
 * Event and measurement times go through the resolver and describeTime instead.
 */
export function timeSpecText(t: TimeSpec): string {
  const range = calendarRange(t);
  if (range) return formatCalendar(range);
  return t.asStated ? `“${t.asStated}”` : 'time not stated';
}
