import type { Case } from '../format/index.ts';
import { calendarRange } from './calendarSpec.ts';
import { dayOfIso } from './days.ts';
import type { DayRange } from './types.ts';

/**
 * The days a source's own date may be: its published day, else its year, else null. Nothing it
 * reports can have happened later, and "at the time of writing" means this day.
 */
export function sourceDateRange(c: Case, sourceId: string): DayRange | null {
  const s = c.sources.find((x) => x.id === sourceId);
  if (!s) return null;
  if (s.published) {
    const d = dayOfIso(s.published);
    return { lo: d, hi: d, best: d };
  }
  return s.year === undefined ? null : calendarRange({ kind: 'year', year: s.year });
}
