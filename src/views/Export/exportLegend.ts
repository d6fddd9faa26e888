// The legend of an export, from the data of what it draws (the same rules as the page's legend
// beside the view), never read from the page: the glyphs of the marks and the time conventions.
import { cohortLegend, type CohortRow } from '../../core/cohort/index.ts';
import type { ExportLegendEntry } from '../../core/export/index.ts';
import { legendFor } from '../../core/glyphs/index.ts';
import type { Mark, Segment } from '../../core/layout/index.ts';
import { CONVENTION_TEXT, conventionsIn } from '../Legend/conventions.ts';
import type { DrawnChart } from './viewScenes.ts';

/** A legend entry with what it means (the description reads it; the drawing shows the label). */
export interface ExportEntry extends ExportLegendEntry {
  /** One sentence on what the mark means. */
  description: string;
}

/** Entries for the glyphs of `marks` and the conventions among them and the axis `segments`. */
function entriesOf(marks: readonly Mark[], segments: readonly Segment[]): ExportEntry[] {
  const glyphs: ExportEntry[] = legendFor(marks.map((m) => m.glyph)).map((e) => ({
    key: e.key,
    label: e.label,
    description: e.description,
    glyph: e.glyph,
  }));
  const conventions = conventionsIn(marks, segments).map((k) => ({
    key: k,
    ...CONVENTION_TEXT[k],
  }));
  return [...glyphs, ...conventions];
}

/** The legend of a case chart: the marks in view and the axis segments in the window. */
export function caseEntries(d: DrawnChart): ExportEntry[] {
  const [u0, u1] = d.window;
  return entriesOf(
    d.visible,
    d.layout.axis.segments.filter((s) => s.u1 >= u0 && s.u0 <= u1),
  );
}

/** The one legend of a comparison, as the page lists it: every mark of both panes. */
export function compareEntries(charts: readonly DrawnChart[]): ExportEntry[] {
  const marks = charts.flatMap((d) => d.layout.lanes.flatMap((l) => l.marks));
  return entriesOf(marks, charts[0]?.layout.axis.segments ?? []);
}

/** The cohort's legend over the same rows the page shows. */
export function cohortEntries(rows: readonly CohortRow[]): ExportEntry[] {
  return cohortLegend(rows).map((e) => ({
    key: e.key,
    label: e.label,
    description: e.description,
    ...(e.glyph ? { glyph: e.glyph } : {}),
  }));
}
