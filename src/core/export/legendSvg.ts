// The legend and the source footer of an exported drawing, as SVG element trees built from data:
// a slide or a printed page has no legend beside it, so the file must carry one. Pure (no DOM):
// the export composes it under the charts it draws from their scenes (src/scene/svg).
import type { Glyph } from '../layout/types.ts';
import { wrapText } from './citation.ts';
import { el, type SvgFragment, type SvgNode } from './svgTree.ts';

/** One legend row of an export: a glyph (or a drawing convention named by its key) and its label. */
export interface ExportLegendEntry {
  /** Legend key ("tox-crs-graded") or convention key ("uncertain", "window", "order", …). */
  key: string;
  /** Short name of what is drawn, as the page's legend says it. */
  label: string;
  /** The sample glyph; absent for a convention, drawn from its key. */
  glyph?: Glyph;
}

/** Colours the legend is drawn in: each tone token's colour and the chart furniture's. */
export interface ExportPalette {
  /** Tone token ("tox-crs") → colour. */
  tones: Readonly<Record<string, string>>;
  /** Background of the drawing (hollow glyph fill, hatch gaps, text halos). */
  background: string;
  /** Text and whiskers. */
  text: string;
  /** Secondary lines (break cuts). */
  muted: string;
  /** Text drawn on a solid glyph. */
  onTone: string;
  /** Order-only band fill and its hatch lines. */
  bandOrder: string;
  /** Hatch lines of the order-only band. */
  grid: string;
  /** Fill of an axis break. */
  bandBreak: string;
  /** Bounds-only brackets. */
  window: string;
  /** Fill of every other lane's stripe. */
  stripe: string;
  /** Halo around text drawn on a solid glyph (rgba; none in high contrast). */
  halo: string;
}

/** A piece of a drawing and the height it takes. */
export interface SvgBlock {
  /** Its group of elements, to place inside a <g> or an <svg>; null when there is nothing. */
  node: SvgNode | null;
  /** Height in pixels. */
  height: number;
}

/**
 * The chart's own glyph geometry and text estimate (src/scene), passed in so the legend draws
 * exactly the chart's shapes and the core does not depend on the drawing layer.
 */
export interface GlyphKit {
  /** SVG path of a glyph shape centred on 0,0 with half-size r. */
  shapePath: (shape: Glyph['shape'], r: number) => string;
  /** True when a glyph's text (a grade, "NR") sits inside its shape rather than beside it. */
  textInside: (glyph: Glyph, r: number) => boolean;
  /** Estimated width in px of text at a font size (an upper estimate; there is no DOM). */
  textWidth: (text: string, font: number, bold?: boolean) => number;
}

/** What the legend is drawn from. */
export interface LegendSvgInput {
  /** The entries, in legend order. */
  entries: readonly ExportLegendEntry[];
  /** Width available in pixels; entries flow into as many columns as fit. */
  width: number;
  /** Colours (exportPalette('light') for a light drawing). */
  palette: ExportPalette;
  /** Glyph shapes and text widths, so the legend draws exactly the chart's glyphs. */
  kit: GlyphKit;
  /** Prefix of the pattern ids, unique in the file. */
  idPrefix?: string;
  /** Label text size in pixels (12 by default, as the chart's labels). */
  fontSize?: number;
}

const ICON_W = 36;
const ICON_H = 20;
const ICON_GAP = 6;
const COL_GAP = 18;
/** Half-size of a sample glyph: the page legend's. */
const R = 8;
/** Widest a label runs before it wraps: columns stay narrow enough for several to fit. */
const LABEL_MAX_PX = 250;
/** Average advance of a sans-serif character, as a share of the font size (footer wrapping). */
const CHAR_EM = 0.56;

/** Lines of at most `px` wide, broken at spaces (a word wider than the line stands alone). */
function wrapToWidth(text: string, px: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > px) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const hatchId = (prefix: string, tone: string) => `${prefix}-hatch-${tone}`;

/** The sample glyph of an entry, centred in its icon box, as the chart draws it. */
function glyphIcon(g: Glyph, planned: boolean, p: ExportPalette, input: LegendSvgInput): SvgNode {
  const prefix = input.idPrefix ?? 'legend';
  const tone = p.tones[g.tone] ?? p.text;
  const fill = planned ? 'hollow' : g.fill;
  const shape = el('path', {
    d: input.kit.shapePath(g.shape, R),
    stroke: tone,
    'stroke-width': 1.5,
    'stroke-linejoin': 'round',
    fill:
      fill === 'solid'
        ? tone
        : fill === 'hatched'
          ? `url(#${hatchId(prefix, g.tone)})`
          : p.background,
    ...(planned ? { 'stroke-dasharray': '3 2' } : {}),
  });
  let text: SvgNode | null = null;
  if (g.text) {
    const inside = input.kit.textInside(g, R);
    const common = { 'font-weight': 700, dy: '0.35em' };
    if (!inside)
      text = el(
        'text',
        { ...common, x: -R - 2, 'font-size': 12, 'text-anchor': 'end', fill: p.text },
        g.text,
      );
    else if (fill === 'solid')
      text = el(
        'text',
        { ...common, y: 0.5, 'font-size': 10, 'text-anchor': 'middle', fill: p.onTone },
        g.text,
      );
    else
      text = el(
        'text',
        {
          ...common,
          y: 0.5,
          'font-size': fill === 'hatched' ? 9 : 10,
          'text-anchor': 'middle',
          fill: fill === 'hatched' ? p.text : tone,
          ...(fill === 'hatched'
            ? { stroke: p.background, 'stroke-width': 3, 'paint-order': 'stroke' }
            : {}),
        },
        g.text,
      );
  }
  return el('g', { transform: `translate(${ICON_W / 2},${ICON_H / 2})` }, shape, text);
}

/** The sample of a drawing convention (whisker, bracket, band, …) in its 36 × 20 icon box. */
function conventionIcon(key: string, p: ExportPalette, prefix: string): SvgFragment {
  const line = (d: string, stroke: string, extra: Record<string, string | number> = {}) =>
    el('path', { d, fill: 'none', stroke, 'stroke-width': 1.5, ...extra });
  // A period's bar, as the chart draws a given and a planned one.
  const bar = (fill: string, stroke: string, extra: Record<string, string | number> = {}) =>
    el('rect', {
      x: 4,
      y: 6,
      width: 28,
      height: 8,
      rx: 2,
      fill,
      stroke,
      'stroke-width': 1.5,
      ...extra,
    });
  switch (key) {
    case 'uncertain':
      return [line('M4,10H32M4,5v10M32,5v10', p.text)];
    case 'approximate':
      return [
        line('M4,10H32M4,5v10M32,5v10', p.text, {
          'stroke-dasharray': '1.5 3',
          'stroke-linecap': 'round',
        }),
      ];
    case 'window':
      return [
        line('M4,10H32', p.window, { 'stroke-dasharray': '5 4' }),
        line('M8,3H4V17H8M28,3H32V17H28', p.window, { 'stroke-width': 2 }),
      ];
    case 'period':
      return [bar(p.tones.chemo ?? p.text, p.tones.chemo ?? p.text)];
    case 'plan':
      return [bar(p.background, p.tones.plan ?? p.muted, { 'stroke-dasharray': '4 3' })];
    case 'order':
      return [
        el('rect', {
          x: 2,
          y: 1,
          width: 32,
          height: 18,
          fill: `url(#${prefix}-band)`,
        }),
      ];
    case 'break':
      return [
        el('rect', { x: 10, y: 1, width: 16, height: 18, fill: p.bandBreak }),
        line('M10,1L13,5L7,9L13,13L7,17L10,19M26,1L29,5L23,9L29,13L23,17L26,19', p.muted),
      ];
    case 'ongoing':
      return [
        line('M6,10h22m-6,-6l6,6l-6,6', p.text, {
          'stroke-width': 2,
          'stroke-linejoin': 'round',
        }),
      ];
    default:
      return [];
  }
}

/**
 * The patterns a drawing points to, ids under `prefix`: a diagonal hatch per tone of a "not
 * reported" glyph (`<prefix>-hatch-<tone>`), and with `band` the order-only band's
 * (`<prefix>-band`). The legend and the charts of an export share them.
 */
export function patternDefs(
  prefix: string,
  p: ExportPalette,
  tones: Iterable<string>,
  band: boolean,
): SvgFragment {
  const hatches = [...new Set(tones)].map((tone) =>
    el(
      'pattern',
      {
        id: hatchId(prefix, tone),
        patternUnits: 'userSpaceOnUse',
        width: 5,
        height: 5,
        patternTransform: 'rotate(45)',
      },
      el('rect', { width: 5, height: 5, fill: p.background }),
      el('rect', { width: 2, height: 5, fill: p.tones[tone] ?? p.text }),
    ),
  );
  const bands = band
    ? [
        el(
          'pattern',
          {
            id: `${prefix}-band`,
            patternUnits: 'userSpaceOnUse',
            width: 10,
            height: 10,
            patternTransform: 'rotate(-45)',
          },
          el('rect', { width: 10, height: 10, fill: p.bandOrder }),
          el('rect', { width: 2, height: 10, fill: p.grid }),
        ),
      ]
    : [];
  return [...hatches, ...bands];
}

/** Patterns the samples point to: one hatch per tone of a "not reported" glyph, and the band's. */
function legendDefs(entries: readonly ExportLegendEntry[], p: ExportPalette, prefix: string) {
  const tones = entries.flatMap((e) => (e.glyph?.fill === 'hatched' ? [e.glyph.tone] : []));
  const band = entries.some((e) => !e.glyph && e.key === 'order');
  const all = patternDefs(prefix, p, tones, band);
  return all.length > 0 ? el('defs', {}, all) : null;
}

/**
 * The legend of the glyphs (and drawing conventions) in view: a "Legend" heading, then each entry
 * as its sample drawing and its label, in columns read top to bottom, as many as fit the width.
 * A label too long for its column wraps onto a second line rather than being cut.
 */
export function legendSvg(input: LegendSvgInput): SvgBlock {
  const { entries, palette: p } = input;
  if (entries.length === 0) return { node: null, height: 0 };
  const prefix = input.idPrefix ?? 'legend';
  const size = input.fontSize ?? 12;
  const lineH = Math.round(size * 1.3);
  const measure = (t: string) => input.kit.textWidth(t, size);
  const widest = Math.max(...entries.map((e) => measure(e.label)));
  const labelW = Math.min(widest, LABEL_MAX_PX);
  const colW = ICON_W + ICON_GAP + Math.ceil(labelW);
  const cols = Math.max(
    1,
    Math.min(entries.length, Math.floor((input.width + COL_GAP) / (colW + COL_GAP))),
  );
  // One column narrower than its labels: they wrap to the width there is.
  const wrapW = Math.min(labelW, input.width - ICON_W - ICON_GAP);
  const perCol = Math.ceil(entries.length / cols);
  const headH = size + 10;
  const rowGap = 4;
  const items: SvgNode[] = [];
  let height = 0;
  for (let c = 0; c < cols; c++) {
    let y = headH;
    for (const e of entries.slice(c * perCol, (c + 1) * perCol)) {
      const lines = wrapToWidth(e.label, wrapW, measure);
      const h = Math.max(ICON_H, lines.length * lineH);
      const icon = e.glyph
        ? glyphIcon(e.glyph, e.key.startsWith('plan-'), p, input)
        : conventionIcon(e.key, p, prefix);
      const text = lines.map((l, i) =>
        el(
          'text',
          { x: ICON_W + ICON_GAP, y: ICON_H / 2 + i * lineH, dy: '0.35em', fill: p.text },
          l,
        ),
      );
      items.push(
        el(
          'g',
          {
            'data-legend-key': e.key,
            transform: `translate(${c * (colW + COL_GAP)},${y})`,
          },
          el('g', { 'data-legend-icon': e.glyph ? 'glyph' : 'convention' }, icon),
          text,
        ),
      );
      y += h + rowGap;
    }
    height = Math.max(height, y - rowGap);
  }
  const heading = el(
    'text',
    { x: 0, y: size, 'font-size': size + 1, 'font-weight': 700, fill: p.text },
    'Legend',
  );
  return {
    node: el(
      'g',
      { 'data-role': 'legend', 'font-size': size },
      legendDefs(entries, p, prefix),
      heading,
      items,
    ),
    height: Math.ceil(height),
  };
}

/** What the source footer is drawn from. */
export interface FooterSvgInput {
  /** Lines to write: the citations, then any note; each wraps to the width. */
  lines: readonly string[];
  /** Width available in pixels. */
  width: number;
  /** Text colour. */
  color: string;
  /** Text size in pixels (11 by default). */
  fontSize?: number;
}

/** The footer of citation lines, wrapped to the width (SVG text does not flow). */
export function footerSvg(input: FooterSvgInput): SvgBlock {
  const size = input.fontSize ?? 11;
  const perLine = Math.max(30, Math.floor(input.width / (size * CHAR_EM)));
  const lines = input.lines.flatMap((l) => wrapText(l, perLine));
  if (lines.length === 0) return { node: null, height: 0 };
  const lineH = size + 4;
  const body = lines.map((l, i) => el('text', { x: 0, y: (i + 1) * lineH - 4 }, l));
  return {
    node: el('g', { 'data-role': 'citations', 'font-size': size, fill: input.color }, body),
    height: lines.length * lineH,
  };
}
