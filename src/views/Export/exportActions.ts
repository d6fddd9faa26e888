// What each Export button does. Loaded on demand (the menu imports it when first opened), so the
// pages' own code does not grow by the export's weight.
import { parseCohortQuery } from '../../core/cohort/index.ts';
import { describeExport } from '../../core/export/describeExport.ts';
import { exportFileName, type ExportView } from '../../core/export/fileName.ts';
import type { Case } from '../../core/format/index.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { composeSvg, serializeSvg, type ComposedSvg } from './composeSvg.ts';
import { hashQuery } from '../../app/url/index.ts';
import { downloadBlob } from './download.ts';
import { describedChart, exportEntries, themePalette, type ExportEntry } from './exportLegend.ts';
import { renderAllMarks, type OffscreenChart } from './allMarks.tsx';
import { buildOfflineHtml } from './offlineExport.ts';
import { svgToPng } from './rasterize.ts';
import { flushSync } from 'react-dom';
import { useExportDrawing } from '../../app/store/index.ts';

/** Where each view keeps its charts and the HTML labels drawn next to them. */
const PARTS: Record<ExportView, { scope: string; charts: string; labels: string }> = {
  case: { scope: 'article.case', charts: '.timeline__svg', labels: '' },
  compare: {
    scope: 'article.compare',
    charts: '.compare-pane .timeline__svg',
    labels: '.compare-pane__head h2, .compare-pane__anchor',
  },
  cohort: {
    scope: 'article.cohort',
    charts: '.swimmer-axis, .swimmer-track',
    labels:
      '.swimmer__axis-title, .swimmer__caption, .swimmer-row__link, .swimmer-row__facts, .swimmer-row__notes li',
  },
};

const VIEW_NAME: Record<ExportView, string> = {
  case: 'Timeline',
  compare: 'Comparison',
  cohort: 'Cohort swimmer plot',
};

/** The request of one export: which view, which cases, and the element the menu sits in. */
export interface ExportRequest {
  /** The view being exported. */
  view: ExportView;
  /** The cases the view shows (failed loads are skipped). */
  loads: readonly CaseLoad[];
  /** Any element inside the view (the menu); the view's charts are found around it. */
  from: Element;
}

const okCases = (loads: readonly CaseLoad[]): Case[] =>
  loads.flatMap((l) => (l.status === 'ok' ? [l.case] : []));
const ids = (r: ExportRequest) => r.loads.filter((l) => l.status === 'ok').map((l) => l.entry.id);

/** "Timeline: Zhou et al. — …" / "Comparison: A and B" / "Cohort swimmer plot: 6 patients". */
export function exportTitle(r: ExportRequest): string {
  const cases = okCases(r.loads);
  if (r.view === 'cohort') return `${VIEW_NAME.cohort}: ${cases.length} patients (Caselines)`;
  return `${VIEW_NAME[r.view]}: ${cases.map((c) => c.title).join(' and ')} (Caselines)`;
}

/** The first opaque background behind an element (the page's in the current theme). */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** The view's drawing as an SVG element with its size. */
export function composeView(r: ExportRequest): ComposedSvg {
  const part = PARTS[r.view];
  const scope = r.from.closest(part.scope) ?? r.from.ownerDocument.body;
  let charts = [...scope.querySelectorAll<SVGSVGElement>(part.charts)];
  if (charts.length === 0)
    throw new Error('No chart is shown: switch from the table to the chart to export a drawing.');
  // The case chart is drawn again off-screen for the file, in the view the address holds: every
  // mark in SVG (a dense view paints a canvas on screen), drawn for the export target (no
  // toggles or hints), and free of the screen's state (focus, selection ring, pointer guide).
  const load = r.loads[0];
  let offscreen: OffscreenChart | null = null;
  if (r.view === 'case' && load?.status === 'ok') {
    const width = Number(charts[0]!.getAttribute('width')) || charts[0]!.clientWidth;
    offscreen = renderAllMarks(load.case, load.resolved, width, scope);
    charts = [offscreen.svg];
  }
  // Comparison panes (and any other chart still on canvas) redraw in place with every mark in SVG
  // for the moment of the copy.
  const redraw = !offscreen && scope.querySelector('canvas.timeline__dense') !== null;
  if (redraw) {
    flushSync(() => useExportDrawing.setState({ allSvg: true }));
    charts = [...scope.querySelectorAll<SVGSVGElement>(part.charts)];
  }
  try {
    return composeCharts(r, scope, charts);
  } finally {
    offscreen?.dispose();
    if (redraw) useExportDrawing.setState({ allSvg: false });
  }
}

/** The description of the exported drawing: what it shows, from the data of what is drawn. */
function description(
  r: ExportRequest,
  scope: Element,
  charts: readonly SVGSVGElement[],
  legend: readonly ExportEntry[],
): string {
  if (r.view === 'cohort')
    return describeExport({
      view: 'cohort',
      patients: scope.querySelectorAll('.swimmer-row').length,
      markers: charts.reduce((n, c) => n + c.querySelectorAll('[data-marker]').length, 0),
      scale: parseCohortQuery(hashQuery(window.location.hash), []).scale,
      legend,
    });
  return describeExport({
    view: r.view,
    charts: charts.flatMap((c) => describedChart(c, r.loads, r.view) ?? []),
    legend,
  });
}

/** The drawing of the given charts with the view's labels, colours, title, legend and sources. */
function composeCharts(r: ExportRequest, scope: Element, charts: SVGSVGElement[]): ComposedSvg {
  const part = PARTS[r.view];
  const labels = part.labels ? [...scope.querySelectorAll(part.labels)] : [];
  const background = backgroundOf(charts[0]!);
  const text = getComputedStyle(scope).color || '#1b1f24';
  const entries = exportEntries(r.view, r.loads, charts, scope);
  const themed = charts[0]!.closest('.tl-theme') ?? scope.querySelector('.tl-theme');
  return composeSvg({
    title: exportTitle(r),
    description: description(r, scope, charts, entries),
    cases: okCases(r.loads),
    charts,
    labels,
    colors: { background, text },
    legend: { entries, palette: themePalette(themed, background) },
  });
}

/** Saves the view as an SVG file; returns the file name. */
export function exportSvg(r: ExportRequest): string {
  const { svg } = composeView(r);
  const name = exportFileName(r.view, ids(r), { kind: 'svg' });
  downloadBlob(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }), name);
  return name;
}

/** Saves the view as a PNG at a scale (1, 2 or 4); returns the file name. */
export async function exportPng(r: ExportRequest, scale: number): Promise<string> {
  const { svg, width, height } = composeView(r);
  const png = await svgToPng(serializeSvg(svg), width, height, scale);
  const name = exportFileName(r.view, ids(r), { kind: 'png', scale });
  downloadBlob(png, name);
  return name;
}

/** Saves the view as one offline HTML file; returns the file name. */
export async function exportOffline(r: ExportRequest): Promise<string> {
  const html = await buildOfflineHtml(exportTitle(r), r.loads, window.location.hash);
  const name = exportFileName(r.view, ids(r), { kind: 'html' });
  downloadBlob(new Blob([html], { type: 'text/html' }), name);
  return name;
}
