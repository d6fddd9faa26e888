import { fmtDay } from '../time/describe.ts';
import { uToDay } from './axisMap.ts';
import { dayWords } from './words.ts';
import type { TimeAxis } from './types.ts';

/** Words for the hover guide at an axis u: a date, a day, an order band or a break. */
export function describeU(axis: TimeAxis, u: number): string {
  const seg = axis.segments.find((s) => u >= s.u0 && u <= s.u1 && s.u1 > s.u0);
  if (seg?.kind === 'order') return 'order only (no dates)';
  if (seg?.kind === 'break' && u > seg.u0 && u < seg.u1)
    return `break: ${seg.label} not drawn to scale`;
  const day = uToDay(axis, u);
  if (day === null) return 'order only (no dates)';
  const d = Math.round(day);
  return axis.frame.mode === 'calendar' ? fmtDay(d) : dayWords(d === 0 ? 0 : d);
}
