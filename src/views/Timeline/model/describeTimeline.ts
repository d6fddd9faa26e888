import { describeU } from '../../../core/layout/index.ts';
import type { TimelineModel } from './useTimelineModel.ts';
import { markValue } from './markText.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * A one-paragraph description of the case timeline for screen readers (the chart's <desc>): the
 * frame, the axis span with its breaks and order bands, what each lane holds, the toxicities and
 * the kinetics peak, and how to get the table and the keys.
 */
export function describeTimeline(m: TimelineModel): string {
  const { layout, c } = m;
  const { axis } = layout;
  const frame = m.choices.find(
    (ch) => ch.frame.mode === m.frame.mode && ch.frame.anchor === m.frame.anchor,
  );
  const parts: string[] = [`Timeline of ${c.title}. Time axis: ${frame?.label ?? 'order only'}.`];
  const dated = axis.segments.filter((s) => s.kind === 'time');
  const first = dated[0];
  const last = dated.at(-1);
  // A hair inside the segment: its ends touch the bands around it.
  const eps = axis.uMax * 1e-6;
  if (first && last)
    parts.push(
      `Dated events run from ${describeU(axis, first.u0 + eps)} to ${describeU(axis, last.u1 - eps)}.`,
    );
  const breaks = axis.segments.filter((s) => s.kind === 'break');
  if (breaks.length > 0)
    parts.push(
      `It is cut where nothing happens for long: ${breaks.map((b) => `a gap of ${b.label}`).join(', ')}.`,
    );
  if (axis.segments.some((s) => s.kind === 'order'))
    parts.push(
      'Events known only by their order sit in a hatched band, evenly spaced: the spacing there is not time.',
    );
  const lanes = layout.lanes.map((l) => `${l.title} (${plural(l.marks.length, 'mark')})`);
  if (lanes.length > 0) parts.push(`Lanes: ${lanes.join(', ')}.`);
  const tox = layout.lanes.find((l) => l.id === 'toxicity')?.marks ?? [];
  if (tox.length > 0)
    parts.push(`Toxicities: ${tox.map((t) => `${t.label} (${markValue(c, t)})`).join('; ')}.`);
  if (layout.hiddenLanes.length > 0)
    parts.push(`Collapsed: ${plural(layout.hiddenLanes.length, 'lane')}.`);
  if (layout.unplaced.length > 0)
    parts.push(
      `${plural(layout.unplaced.length, 'fact')} with no time are listed below the chart.`,
    );
  parts.push(
    'Every mark is a button that opens its source; the Table button shows all marks as a table. With the chart focused, + and − zoom, the arrow keys pan and 0 resets.',
  );
  return parts.join(' ');
}
