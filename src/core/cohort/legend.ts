import { legendFor, type LegendEntry } from '../glyphs/index.ts';
import type { CohortRow } from './types.ts';

/** One legend entry of the cohort view: a glyph or a drawing convention, with what it means. */
export interface CohortLegendEntry {
  key: string;
  label: string;
  description: string;
  /** The sample glyph, for glyph entries; conventions are drawn by the view from their key. */
  glyph?: LegendEntry['glyph'];
}

const OWN_TEXT: Record<string, { label: string; description: string }> = {
  'mrd-negative': {
    label: 'MRD negative',
    description: 'Minimal residual disease no longer detected (upward triangle).',
  },
  'follow-up': {
    label: 'Last follow-up',
    description: 'Last reported status; the row ends here.',
  },
};

/**
 * The legend of exactly what the rows draw: each distinct marker glyph once (in the timeline's
 * legend order), then the conventions in use — whiskers, bounds-only brackets, order-only zones,
 * the ongoing-response arrow.
 */
export function cohortLegend(rows: readonly CohortRow[]): CohortLegendEntry[] {
  const markers = rows.flatMap((r) => r.markers).filter((m) => m.place.kind !== 'none');
  const glyphs: CohortLegendEntry[] = legendFor(markers.map((m) => m.glyph)).map((e) => ({
    key: e.key,
    glyph: e.glyph,
    ...(OWN_TEXT[e.key] ?? { label: e.label, description: e.description }),
  }));
  const has = (p: (m: (typeof markers)[number]) => boolean) => markers.some(p);
  const conventions: CohortLegendEntry[] = [];
  if (has((m) => m.place.kind === 'point' && m.place.hi > m.place.lo))
    conventions.push({
      key: 'uncertain',
      label: 'Uncertain time',
      description:
        'A whisker spans every day the source allows (a month, a year, “within 1 month”); “≈” when the source rounds.',
    });
  if (has((m) => m.place.kind === 'window'))
    conventions.push({
      key: 'window',
      label: 'Known only by bounds',
      description:
        'A dashed bracket from the earliest to the latest possible day; no best guess exists.',
    });
  if (has((m) => m.place.kind === 'order'))
    conventions.push({
      key: 'order',
      label: 'Order only — spacing is not time',
      description:
        'Hatched zones beside the time axis: events with nothing bounding them on one side, placed in their order, evenly spaced, with no duration.',
    });
  if (rows.some((r) => r.ongoing))
    conventions.push({
      key: 'ongoing',
      label: 'Response ongoing',
      description: 'Arrow: still in remission at the last follow-up.',
    });
  return [...glyphs, ...conventions];
}
