import type { Mark, Segment } from '../../core/layout/types.ts';

/** Ways of drawing time that a legend may need to explain, besides the glyphs. */
export type Convention =
  'uncertain' | 'approximate' | 'window' | 'period' | 'plan' | 'order' | 'break';

/** What each convention looks like and means. */
export const CONVENTION_TEXT: Record<Convention, { label: string; description: string }> = {
  uncertain: {
    label: 'Uncertain time',
    description: 'A whisker spans every day the source allows (a month, a year, “within 1 month”).',
  },
  approximate: {
    label: 'Approximate time (≈)',
    description: 'Dotted whisker and “≈”: the source rounds (“about three months later”).',
  },
  window: {
    label: 'Known only by bounds',
    description:
      'A dashed bracket from the earliest to the latest possible day; no best guess exists.',
  },
  period: {
    label: 'Period',
    description: 'A bar from start to end (a course of therapy, an episode).',
  },
  plan: {
    label: 'Planned, not an event',
    description: 'Dashed outline and “planned”: an intention at the time of the source.',
  },
  order: {
    label: 'Order only',
    description: 'Hatched band: events placed in their order, evenly spaced; spacing is not time.',
  },
  break: {
    label: 'Axis break',
    description: 'Zig-zag cut: a long empty stretch drawn narrow, labelled with its length.',
  },
};

/** The conventions present among the marks and axis segments in view, in a fixed order. */
export function conventionsIn(marks: readonly Mark[], segments: readonly Segment[]): Convention[] {
  const has: Record<Convention, boolean> = {
    uncertain: marks.some((m) => m.place.kind === 'point' && m.u.hi > m.u.lo && !m.approximate),
    approximate: marks.some((m) => m.approximate),
    window: marks.some((m) => m.place.kind === 'window'),
    period: marks.some((m) => m.u.end !== null && m.place.kind !== 'window'),
    plan: marks.some((m) => m.plan),
    order: segments.some((s) => s.kind === 'order'),
    break: segments.some((s) => s.kind === 'break'),
  };
  return (Object.keys(CONVENTION_TEXT) as Convention[]).filter((k) => has[k]);
}
