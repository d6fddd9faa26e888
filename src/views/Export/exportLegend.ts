// What an export's legend and description are made of, read from the view being exported: the
// marks its charts draw (their data, not their pixels), the conventions the page's legend lists,
// and the theme's colours. The drawing itself is the core's (legendSvg, describeExport), so a
// scene can feed it the same plain data later.
import { buildCohort, cohortLegend } from '../../core/cohort/index.ts';
import type { DescribedChart, ExportLegendEntry, ExportPalette } from '../../core/export/index.ts';
import { lightPalette } from '../../core/export/index.ts';
import type { Case } from '../../core/format/index.ts';
import { glyphFor, legendFor, PALETTE } from '../../core/glyphs/index.ts';
import { frameChoices, LANE_TITLES, type Glyph, type LaneId } from '../../core/layout/index.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { ExportView } from '../../core/export/fileName.ts';
import { viewQueryContext } from '../../app/embed/index.ts';
import { hashQuery, parseViewQuery } from '../../app/url/index.ts';
import { CONVENTION_TEXT, type Convention } from '../Legend/conventions.ts';

/** A legend entry with what it means (the description reads it; the drawing shows the label). */
export interface ExportEntry extends ExportLegendEntry {
  /** One sentence on what the mark means. */
  description: string;
}

const POINT_KEY = /^(.*)\[(\d+)\]$/;

/** The glyph a chart draws for a mark key (an event id or "<series>[i]"); null for none. */
function glyphOfKey(c: Case, key: string): Glyph | null {
  const event = c.events.find((e) => e.id === key);
  if (event) return glyphFor(c, { event });
  const m = POINT_KEY.exec(key);
  const series = m ? c.measurements.find((s) => s.id === m[1]) : undefined;
  const point = series?.points[Number(m![2])];
  return series && point ? glyphFor(c, { series, point }) : null;
}

/** The case a drawn chart belongs to (its `.timeline` carries the case id). */
function caseOfChart(chart: Element, cases: readonly Case[]): Case | undefined {
  const id = chart.closest('[data-case-id]')?.getAttribute('data-case-id');
  return cases.find((c) => c.id === id) ?? (cases.length === 1 ? cases[0] : undefined);
}

/** Mark keys a chart draws, in drawing order. */
const markKeys = (chart: Element) =>
  [...chart.querySelectorAll('[data-mark]')].map((m) => m.getAttribute('data-mark')!);

/** The time conventions the page's legend lists for this view (whiskers, brackets, bands…). */
function conventionsListed(scope: Element): Convention[] {
  return [...scope.querySelectorAll('.legend__item--convention[data-legend-key]')]
    .map((li) => li.getAttribute('data-legend-key') as Convention)
    .filter((k) => k in CONVENTION_TEXT);
}

/**
 * The legend of what the exported charts draw, as the page's legend lists it: for a case or a
 * comparison, core legendFor over the glyphs of the marks drawn (the page's legend runs it over
 * the marks in view) and the conventions listed beside the chart; for the cohort, core
 * cohortLegend over the same cases the page shows.
 */
export function exportEntries(
  view: ExportView,
  loads: readonly CaseLoad[],
  charts: readonly Element[],
  scope: Element,
): ExportEntry[] {
  if (view === 'cohort')
    return cohortLegend(buildCohort(loads).rows).map((e) => ({
      key: e.key,
      label: e.label,
      description: e.description,
      ...(e.glyph ? { glyph: e.glyph } : {}),
    }));
  const cases = loads.flatMap((l) => (l.status === 'ok' ? [l.case] : []));
  const glyphs = charts.flatMap((chart) => {
    const c = caseOfChart(chart, cases);
    return c ? markKeys(chart).flatMap((k) => glyphOfKey(c, k) ?? []) : [];
  });
  const marks: ExportEntry[] = legendFor(glyphs).map((e) => ({
    key: e.key,
    label: e.label,
    description: e.description,
    glyph: e.glyph,
  }));
  const conventions = conventionsListed(scope).map((k) => ({ key: k, ...CONVENTION_TEXT[k] }));
  return [...marks, ...conventions];
}

/** The frame the address asks for, in words ("Days from CAR-T infusion (…)"). */
function addressFrame(load: Extract<CaseLoad, { status: 'ok' }>): string | null {
  const { case: c, resolved: rc } = load;
  const { frame } = parseViewQuery(hashQuery(window.location.hash), viewQueryContext(c, rc));
  const choice = frameChoices(c, rc).find(
    (ch) => ch.frame.mode === frame.mode && ch.frame.anchor === frame.anchor,
  );
  return choice?.label ?? null;
}

/**
 * What one exported chart draws, for its description: the case, the time axis (the address's
 * frame on a case page; the pane's alignment line in a comparison), each lane with its mark count,
 * and how many events and measurement points.
 */
export function describedChart(
  chart: Element,
  loads: readonly CaseLoad[],
  view: ExportView,
): DescribedChart | null {
  const ok = loads.flatMap((l) => (l.status === 'ok' ? [l] : []));
  const c = caseOfChart(
    chart,
    ok.map((l) => l.case),
  );
  const load = ok.find((l) => l.case === c);
  if (!c || !load) return null;
  const keys = markKeys(chart);
  const points = keys.filter((k) => POINT_KEY.test(k)).length;
  const lanes = [...chart.querySelectorAll('[data-lane]:not([data-mark])')].map((g) => {
    const id = g.getAttribute('data-lane') as LaneId;
    return { title: LANE_TITLES[id] ?? id, marks: g.querySelectorAll('[data-mark]').length };
  });
  const pane = chart.closest('.compare-pane');
  const frame =
    view === 'compare'
      ? (pane?.querySelector('.compare-pane__anchor')?.textContent?.trim() ?? null)
      : addressFrame(load);
  return { title: c.title, frame, lanes, events: keys.length - points, points };
}

/**
 * The colours of the theme the charts are drawn in: each palette token as the page's stylesheet
 * sets it on `themed` (an element inside a `.tl-theme`), the light palette where it sets none.
 */
export function themePalette(themed: Element | null, background: string): ExportPalette {
  const base = lightPalette();
  if (!themed) return { ...base, background };
  const css = getComputedStyle(themed);
  const read = (token: string, fallback: string) =>
    css.getPropertyValue(`--${token}`).trim() || fallback;
  return {
    tones: Object.fromEntries(Object.keys(PALETTE).map((k) => [k, read(k, base.tones[k]!)])),
    background,
    text: read('text', base.text),
    muted: read('muted', base.muted),
    onTone: read('tl-on-tone', base.onTone),
    bandOrder: read('band-order', base.bandOrder),
    grid: read('grid', base.grid),
    bandBreak: read('band-break', base.bandBreak),
    window: read('window', base.window),
  };
}
