// One exported drawing as the element tree of a standalone SVG file: a title, the charts (each drawn from
// its scene by sceneSvg, or the cohort's by cohortSvg) under their headings, the legend of what
// they draw and the sources. Built from data and the theme's palette alone; the page is not read.
// The view checks the tree (checkSvgTree) and serialises it through the DOM (src/views/Export).
import { el, type SvgNode } from '../../core/export/svgTree.ts';
import { wrapText as wrapChars } from '../../core/export/citation.ts';
import {
  footerSvg,
  legendSvg,
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

/** A composed drawing: the file's element tree and its size in CSS pixels (the PNG's 1× size). */
export interface ComposedExport {
  /** The root <svg> element of the file. */
  tree: SvgNode;
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
/** The page's sans-serif stack (src/styles/base.css), which a file has to name for itself. */
export const SVG_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The drawing's SVG file: title, charts, legend and sources, in the palette's colours. */
export function composeExport(input: ComposeExportInput): ComposedExport {
  const { palette: p } = input;
  const width = Math.ceil(Math.max(320, ...input.parts.map((c) => c.chart.width)) + 2 * PAD);
  const innerW = width - 2 * PAD;
  const out: SvgNode[] = [];
  const titleLines = wrapChars(input.title, Math.floor(innerW / (TITLE_PX * 0.6)));
  titleLines.forEach((line, i) =>
    out.push(
      el(
        'text',
        {
          x: PAD,
          y: PAD + TITLE_PX + i * (TITLE_PX + 4),
          'font-size': TITLE_PX,
          'font-weight': 700,
        },
        line,
      ),
    ),
  );
  let y = PAD + titleLines.length * (TITLE_PX + 4) + 10;
  for (const part of input.parts) {
    const head = part.heading ?? [];
    const words = head.map((line, i) =>
      el(
        'text',
        {
          y: (i + 1) * (HEAD_PX + 5) - 4,
          'font-size': i === 0 ? HEAD_PX + 1 : HEAD_PX,
          ...(i === 0 ? { 'font-weight': 700 } : {}),
        },
        line,
      ),
    );
    const headH = head.length > 0 ? head.length * (HEAD_PX + 5) + 6 : 0;
    // Every chart is its own group's <svg>; the heading sits above it in a group of its own.
    if (headH) out.push(el('g', { transform: `translate(${PAD},${y})` }, words));
    out.push(el('g', { transform: `translate(${PAD},${y + headH})` }, part.chart.node));
    y += headH + part.chart.height + GAP;
  }
  const legend = legendSvg({
    entries: input.legend,
    palette: p,
    width: innerW,
    kit: { shapePath, textInside, textWidth },
    idPrefix: 'caselines-legend',
  });
  if (legend.node) {
    out.push(el('g', { transform: `translate(${PAD},${y})` }, legend.node));
    y += legend.height + GAP;
  }
  const footer = footerSvg({
    lines: input.footer,
    width: innerW,
    color: p.text,
    fontSize: FOOT_PX,
  });
  out.push(el('g', { transform: `translate(${PAD},${y})` }, footer.node));
  const height = Math.ceil(y + footer.height + PAD);
  const tree = el(
    'svg',
    {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'caselines-title',
      'aria-describedby': 'caselines-desc',
      'font-family': SVG_FONT,
      fill: p.text,
    },
    el('title', { id: 'caselines-title' }, input.title),
    el('desc', { id: 'caselines-desc' }, input.description),
    el('rect', { width, height, fill: p.background }),
    out,
  );
  return { tree, width, height };
}
