import type { TimeSpec } from '../format/index.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A stand-alone time (e.g. when an age applies) as the source gives it, without resolving it:
 * "15 Apr 2025", "Apr 2025", "2023", else the source's wording in quotes, else "time not stated".
 * Event and measurement times go through the resolver and describeTime instead.
 */
export function timeSpecText(t: TimeSpec): string {
  switch (t.kind) {
    case 'date': {
      const [y, m, d] = t.date.split('-').map(Number) as [number, number, number];
      return `${d} ${MONTHS[m - 1]} ${y}`;
    }
    case 'month': {
      const [y, m] = t.month.split('-').map(Number) as [number, number];
      return `${MONTHS[m - 1]} ${y}`;
    }
    case 'year':
      return String(t.year);
    default:
      return t.asStated ? `“${t.asStated}”` : 'time not stated';
  }
}
