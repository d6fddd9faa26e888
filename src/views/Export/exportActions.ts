// What each Export button does. Loaded on demand (the menu imports it when first opened), so the
// pages' own code does not grow by the export's weight. Every drawing is composed from scenes and
// the theme's palette (viewScenes, composeExport), never read back from the page.
import {
  buildCohort,
  cohortAxis,
  parseCohortQuery,
  rowGeometry,
  sortRows,
  type Cohort,
} from '../../core/cohort/index.ts';
import { citationLines } from '../../core/export/citation.ts';
import { describeExport } from '../../core/export/describeExport.ts';
import { exportPalette, type ExportTheme } from '../../core/export/exportPalette.ts';
import { exportFileName, type ExportView } from '../../core/export/fileName.ts';
import type { ExportPalette } from '../../core/export/legendSvg.ts';
import type { Case } from '../../core/format/index.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { parseTheme } from '../../app/theme/index.ts';
import { hashQuery } from '../../app/url/index.ts';
import {
  cohortSvg,
  composeExport,
  type ComposedExport,
  type ExportPart,
} from '../../scene/index.ts';
import { axisCaption } from '../CohortPage/SwimmerAxis.tsx';
import { downloadBlob } from './download.ts';
import { caseEntries, cohortEntries, compareEntries, type ExportEntry } from './exportLegend.ts';
import { buildOfflineHtml } from './offlineExport.ts';
import { svgToPng } from './rasterize.ts';
import { svgFileText } from './svgDom.ts';
import {
  casePlan,
  chartParts,
  comparePlans,
  describedChart,
  drawPlans,
  EXPORT_WIDTH,
} from './viewScenes.ts';

/**
 * A cohort the page drew from the library summary: the export draws the same rows and cites the
 * same lines, and reads the case files only for the offline file, which carries them.
 */
export interface CohortExport {
  cohort: Cohort;
  /** The citation footer's lines (citedLines of the entries). */
  citations: readonly string[];
  /** Reads the cohort's cases in full. */
  readCases: () => Promise<readonly CaseLoad[]>;
}

/** The request of one export: which view and which cases. */
export interface ExportRequest {
  /** The view being exported. */
  view: ExportView;
  /** The cases the view shows (failed loads are skipped). */
  loads: readonly CaseLoad[];
  /** The cohort drawn from the summary, in place of `loads` (the cohort page's). */
  cohort?: CohortExport;
}

const VIEW_NAME: Record<ExportView, string> = {
  case: 'Timeline',
  compare: 'Comparison',
  cohort: 'Cohort swimmer plot',
};

const okCases = (loads: readonly CaseLoad[]): Case[] =>
  loads.flatMap((l) => (l.status === 'ok' ? [l.case] : []));
const ids = (r: ExportRequest) =>
  r.cohort
    ? r.cohort.cohort.rows.map((row) => row.id)
    : r.loads.filter((l) => l.status === 'ok').map((l) => l.entry.id);

/** "Timeline: Zhou et al. — …" / "Comparison: A and B" / "Cohort swimmer plot: 6 patients". */
export function exportTitle(r: ExportRequest): string {
  const cases = okCases(r.loads);
  if (r.view === 'cohort')
    return `${VIEW_NAME.cohort}: ${r.cohort?.cohort.rows.length ?? cases.length} patients (Caselines)`;
  return `${VIEW_NAME[r.view]}: ${cases.map((c) => c.title).join(' and ')} (Caselines)`;
}

/** The charts, legend and description of a view, drawn in `palette`. */
function viewParts(
  r: ExportRequest,
  hash: string,
  palette: ExportPalette,
): { parts: ExportPart[]; legend: ExportEntry[]; description: string } {
  if (r.view === 'cohort') {
    const cohort = r.cohort?.cohort ?? buildCohort(r.loads);
    const query = parseCohortQuery(
      hashQuery(hash),
      cohort.rows.map((row) => row.id),
    );
    const rows = sortRows(cohort.rows, query.sort, query.desc);
    const axis = cohortAxis(cohort, query.scale, EXPORT_WIDTH);
    const chart = cohortSvg({ rows, axis, caption: axisCaption(axis), id: 'cohort' }, palette);
    const legend = cohortEntries(cohort.rows);
    const markers = rows.reduce((n, row) => n + rowGeometry(row, axis).markers.length, 0);
    const description = describeExport({
      view: 'cohort',
      patients: rows.length,
      markers,
      scale: query.scale,
      legend,
    });
    return { parts: [{ chart }], legend, description };
  }
  const load = r.loads.find((l) => l.status === 'ok');
  if (!load || load.status !== 'ok') throw new Error('There is no case to export.');
  const charts = drawPlans(
    r.view === 'case' ? [casePlan(load, hash)] : comparePlans(r.loads, hash),
  );
  const legend = r.view === 'case' ? caseEntries(charts[0]!) : compareEntries(charts);
  const description = describeExport({ view: r.view, charts: charts.map(describedChart), legend });
  return { parts: chartParts(charts, palette), legend, description };
}

/** The theme the reader sees the page in: the file is drawn in its palette. */
function currentTheme(): ExportTheme {
  return parseTheme(document.documentElement.dataset.theme) ?? 'light';
}

/** The view's drawing: the SVG file's element tree and its size. */
export function composeView(r: ExportRequest, hash = window.location.hash): ComposedExport {
  const palette = exportPalette(currentTheme());
  const { parts, legend, description } = viewParts(r, hash, palette);
  return composeExport({
    title: exportTitle(r),
    description,
    parts,
    legend,
    palette,
    footer: [
      ...(r.cohort?.citations ?? citationLines(okCases(r.loads))),
      'Made with Caselines from curated case data; a reading aid, not medical advice.',
    ],
  });
}

/** Saves the view as an SVG file; returns the file name. */
export function exportSvg(r: ExportRequest): string {
  const svg = svgFileText(composeView(r).tree);
  const name = exportFileName(r.view, ids(r), { kind: 'svg' });
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
  return name;
}

/** Saves the view as a PNG at a scale (1, 2 or 4); returns the file name. */
export async function exportPng(r: ExportRequest, scale: number): Promise<string> {
  const { tree, width, height } = composeView(r);
  const png = await svgToPng(svgFileText(tree), width, height, scale);
  const name = exportFileName(r.view, ids(r), { kind: 'png', scale });
  downloadBlob(png, name);
  return name;
}

/** Saves the view as one offline HTML file; returns the file name. */
export async function exportOffline(r: ExportRequest): Promise<string> {
  const loads = r.cohort ? await r.cohort.readCases() : r.loads;
  const html = await buildOfflineHtml(exportTitle(r), loads, window.location.hash);
  const name = exportFileName(r.view, ids(r), { kind: 'html' });
  downloadBlob(new Blob([html], { type: 'text/html' }), name);
  return name;
}
