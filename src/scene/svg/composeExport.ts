// One exported drawing as the text of a standalone SVG file: a title, the charts (each drawn from
// its scene by sceneSvg, or the cohort's by cohortSvg) under their headings, the legend of what
// they draw and the sources. Built from data and the theme's palette alone; the page is not read.
import { wrapText as wrapChars } from '../../core/export/citation.ts';
import {
  escapeXml,
  footerSvg,
  legendSvg,
  svgTag,
  type ExportLegendEntry,
  type ExportPalette,
} from '../../core/export/legendSvg.ts';
import { shapePath, textInside } from '../glyphs.ts';
import { textWidth } from '../textWidth.ts';
import type { SceneSvg } from './sceneSvg.ts';

/** One chart of the drawing with the words above it (a comparison pane's case and day 0). */
export interface ExportPart {
  /** Lines above the chart, the first in bold; none for a lone case. */
  heading?: readonly string[];
  /** The chart. */
  chart: SceneSvg;
}

/** What a drawing is composed of. */
export interface ComposeExportInput {
  /** The drawing's title (the view and the cases). */
  title: string;
  /** What the picture shows, for a reader without sight of it (describeExport). */
  description: string;
  /** The charts, top to bottom. */
  parts: readonly ExportPart[];
  /** The legend of what the charts draw. */
  legend: readonly ExportLegendEntry[];
  /** The theme's colours. */
  palette: ExportPalette;
  /** Lines of the footer: the citations, then any note. */
  footer: readonly string[];
}

/** A composed drawing: the file's text and its size in CSS pixels (the PNG's 1× size). */
export interface ComposedExport {
  /** The SVG file's text. */
  svg: string;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

const PAD = 16;
const TITLE_PX = 16;
const HEAD_PX = 14;
const FOOT_PX = 11;
const GAP = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The drawing's SVG file: title, charts, legend and sources, in the palette's colours. */
export function composeExport(input: ComposeExportInput): ComposedExport {
  const { palette: p } = input;
  const width = Math.ceil(Math.max(320, ...input.parts.map((c) => c.chart.width)) + 2 * PAD);
  const innerW = width - 2 * PAD;
  const out: string[] = [];
  const titleLines = wrapChars(input.title, Math.floor(innerW / (TITLE_PX * 0.6)));
  titleLines.forEach((line, i) =>
    out.push(
      svgTag(
        'text',
        {
          x: PAD,
          y: PAD + TITLE_PX + i * (TITLE_PX + 4),
          'font-size': TITLE_PX,
          'font-weight': 700,
        },
        escapeXml(line),
      ),
    ),
  );
  let y = PAD + titleLines.length * (TITLE_PX + 4) + 10;
  for (const part of input.parts) {
    const head = part.heading ?? [];
    const words = head.map((line, i) =>
      svgTag(
        'text',
        {
          y: (i + 1) * (HEAD_PX + 5) - 4,
          'font-size': i === 0 ? HEAD_PX + 1 : HEAD_PX,
          ...(i === 0 ? { 'font-weight': 700 } : {}),
        },
        escapeXml(line),
      ),
    );
    const headH = head.length > 0 ? head.length * (HEAD_PX + 5) + 6 : 0;
    // Every chart is its own group's <svg>; the heading sits above it in a group of its own.
    if (headH) out.push(svgTag('g', { transform: `translate(${PAD},${y})` }, words.join('')));
    out.push(svgTag('g', { transform: `translate(${PAD},${y + headH})` }, part.chart.markup));
    y += headH + part.chart.height + GAP;
  }
  const legend = legendSvg({
    entries: input.legend,
    palette: p,
    width: innerW,
    kit: { shapePath, textInside, textWidth },
    idPrefix: 'caselines-legend',
  });
  if (legend.markup) {
    out.push(svgTag('g', { transform: `translate(${PAD},${y})` }, legend.markup));
    y += legend.height + GAP;
  }
  const footer = footerSvg({
    lines: input.footer,
    width: innerW,
    color: p.text,
    fontSize: FOOT_PX,
  });
  out.push(svgTag('g', { transform: `translate(${PAD},${y})` }, footer.markup));
  const height = Math.ceil(y + footer.height + PAD);
  const root = svgTag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'caselines-title',
      'aria-describedby': 'caselines-desc',
      'font-family': FONT,
      fill: p.text,
    },
    svgTag('title', { id: 'caselines-title' }, escapeXml(input.title)) +
      svgTag('desc', { id: 'caselines-desc' }, escapeXml(input.description)) +
      svgTag('rect', { width, height, fill: p.background }) +
      out.join(''),
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`, width, height };
}
