// Builds one self-contained SVG from the charts on the page: each chart is copied element by
// element (text as text nodes, never markup), computed styles become presentation attributes,
// pattern and clip definitions it points to are copied in, HTML labels beside the charts (pane
// headings, patient names) are redrawn as SVG text, and a title, the legend of what is drawn and
// a citation footer are added. What only serves the screen (collapse toggles and their chevrons,
// focus and selection rings, the hover guide, anything marked data-ui) is left out.
import { citationLines, wrapText } from '../../core/export/citation.ts';
import {
  footerSvg,
  legendSvg,
  type ExportLegendEntry,
  type ExportPalette,
} from '../../core/export/legendSvg.ts';
import { isAllowedElement, isSafeAttribute, referencedIds } from '../../core/export/sanitize.ts';
import {
  SVG_STYLE_PROPS,
  styleAttributes,
  withFontFallback,
  type StyleMap,
} from '../../core/export/styles.ts';
import type { Case } from '../../core/format/index.ts';
import { shapePath, textInside, textWidth } from '../../scene/index.ts';
import { sanitizeSvg, SVG_NS } from './sanitizeSvg.ts';

/** Reads the properties the export copies from an element's computed style. */
export type StyleReader = (el: Element) => StyleMap;

/** What to draw into the exported SVG. */
export interface ComposeInput {
  /** The drawing's title (the view and case names). */
  title: string;
  /** The drawing's description for screen readers and search (describeExport): the charts' own name the page's controls, so they are not copied. */
  description: string;
  /** The cases shown: their sources become the footer. */
  cases: readonly Case[];
  /** The chart SVGs as they are on the page, in reading order. */
  charts: readonly SVGSVGElement[];
  /** HTML elements whose text is redrawn where it sits (headings and labels next to charts). */
  labels?: readonly Element[];
  /** Page colours: background and text. */
  colors?: { background: string; text: string };
  /** Computed-style reader; tests pass a fixed one (jsdom computes little). */
  readStyle?: StyleReader;
  /** The legend drawn below the charts: the entries of what they draw, in the theme's colours. */
  legend?: { entries: readonly ExportLegendEntry[]; palette: ExportPalette };
}

/** The composed drawing and its size in CSS pixels (the PNG's 1× size). */
export interface ComposedSvg {
  /** The SVG element (in its own document, not attached to the page). */
  svg: SVGSVGElement;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

const PAD = 16;
const TITLE_PX = 16;
const FOOT_PX = 11;
/** Space between the charts and the legend. */
const LEGEND_GAP = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The computed style of an element reduced to the properties the export copies. */
export const computedStyle: StyleReader = (el) => {
  const cs = el.ownerDocument.defaultView!.getComputedStyle(el);
  const out: Record<string, string> = {};
  for (const p of SVG_STYLE_PROPS) out[p] = cs.getPropertyValue(p);
  out.display = cs.getPropertyValue('display');
  return out;
};

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Classes of chart parts that only serve the screen: the lane toggles' hit areas, the focus and
 * selection ring of a mark, and the guide line under the pointer. Anything with a `data-ui`
 * attribute is left out too: charts mark controls with it.
 */
export const UI_CLASSES: readonly string[] = ['lane-title__hit', 'mark__focus', 'hover-guide'];

/** True for an element that only serves the screen (a control, a ring, a pointer guide). */
export function isUiElement(el: Element): boolean {
  if (el.hasAttribute('data-ui')) return true;
  const cls = el.getAttribute('class')?.split(/\s+/) ?? [];
  return UI_CLASSES.some((c) => cls.includes(c));
}

/** A lane title's collapse chevron ("▾ Toxicities"), which means "click me" and nothing on paper. */
const CHEVRON = /^\s*[▾▸▴▹◂◃]\s*/;

/** ARIA that names a control ("Toxicities lane: collapse"): a file has nothing to press. */
const CONTROL_ARIA = ['aria-expanded', 'aria-pressed', 'aria-describedby', 'aria-controls'];

/** Copies one element and its subtree into `doc`, inlining styles; null when it is not drawn. */
function copyElement(
  src: Element,
  doc: XMLDocument,
  parentStyle: StyleMap | null,
  readStyle: StyleReader,
  refs: Set<string>,
): Element | null {
  // A link (the cohort's markers open their case) becomes a plain group: the file links nowhere.
  const link = src.localName === 'a';
  if (src.namespaceURI !== SVG_NS || (!link && !isAllowedElement(src.localName))) return null;
  // A chart's own description tells the reader how to zoom: the file has its own <desc>.
  if (src.localName === 'desc' || isUiElement(src)) return null;
  const style = readStyle(src);
  if (style.display === 'none') return null;
  const out = doc.createElementNS(SVG_NS, link ? 'g' : src.localName);
  const control = src.hasAttribute('aria-expanded') || src.getAttribute('role') === 'button';
  for (const attr of [...src.attributes]) {
    if (link && /^(xlink:)?href$|^target$/i.test(attr.name)) continue;
    if (CONTROL_ARIA.includes(attr.name)) continue;
    // A mark is a button on the page; in the file it is a labelled picture.
    if (attr.name === 'role' && control) {
      if (!src.hasAttribute('aria-expanded')) out.setAttribute('role', 'img');
      continue;
    }
    if (attr.name === 'aria-label' && src.hasAttribute('aria-expanded')) continue;
    if (!isSafeAttribute(attr.name, attr.value)) continue;
    out.setAttribute(attr.name === 'xlink:href' ? 'href' : attr.name, attr.value);
    referencedIds(attr.name, attr.value).forEach((id) => refs.add(id));
  }
  for (const [name, value] of styleAttributes(style, parentStyle)) {
    out.setAttribute(name, value);
    referencedIds(name, value).forEach((id) => refs.add(id));
  }
  for (const child of [...src.childNodes]) {
    if (child.nodeType === 3)
      out.appendChild(doc.createTextNode((child.textContent ?? '').replace(CHEVRON, '')));
    else if (child.nodeType === 1) {
      const c = copyElement(child as Element, doc, style, readStyle, refs);
      if (c) out.appendChild(c);
    }
  }
  if (out.localName === 'text') alignAfterChevron(src, out);
  return out;
}

/**
 * A title whose first line lost its chevron: the lines under it were indented to clear the
 * chevron, so they move back under the first line's start.
 */
function alignAfterChevron(src: Element, out: Element): void {
  const first = src.querySelector('tspan');
  if (!first || !CHEVRON.test(first.textContent ?? '')) return;
  const x = first.getAttribute('x');
  if (x === null) return;
  for (const span of out.querySelectorAll('tspan'))
    if (span.hasAttribute('x')) span.setAttribute('x', x);
}

/** How many lines the browser broke an element's text into (1 where it cannot tell). */
function linesOnPage(label: Element): number {
  const range = label.ownerDocument.createRange();
  range.selectNodeContents(label);
  const rects = typeof range.getClientRects === 'function' ? [...range.getClientRects()] : [];
  // Boxes of one line can start a pixel or two apart (nested inline elements): cluster them.
  const tops = rects
    .filter((r) => r.width > 0)
    .map((r) => r.top)
    .sort((a, b) => a - b);
  let lines = 0;
  let last = -Infinity;
  for (const t of tops)
    if (t - last > 4) {
      lines++;
      last = t;
    }
  return Math.max(1, lines);
}

/** An SVG element in `doc` with attributes set (numbers rounded). */
function el(doc: XMLDocument, name: string, attrs: Record<string, string | number>): Element {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs))
    e.setAttribute(k, typeof v === 'number' ? String(round(v)) : v);
  return e;
}

/** Parses SVG markup built from data (legendSvg, footerSvg) and appends its elements to `parent`. */
function appendMarkup(parent: Element, markup: string): void {
  if (!markup) return;
  const parsed = new DOMParser().parseFromString(
    `<svg xmlns="${SVG_NS}">${markup}</svg>`,
    'image/svg+xml',
  );
  if (parsed.querySelector('parsererror')) throw new Error('The legend could not be drawn.');
  for (const child of [...parsed.documentElement.childNodes])
    parent.appendChild(parent.ownerDocument.importNode(child, true));
}

/** A text element whose content is set as a text node: data never becomes markup. */
function textEl(doc: XMLDocument, text: string, attrs: Record<string, string | number>): Element {
  const t = el(doc, 'text', attrs);
  t.textContent = text;
  return t;
}

/**
 * The export drawing of the given charts, laid out as they are on the page (stacked panes stay
 * stacked, side-by-side panes side by side), at the size they have there.
 */
export function composeSvg(input: ComposeInput): ComposedSvg {
  const readStyle = input.readStyle ?? computedStyle;
  const labels = input.labels ?? [];
  const boxes = [...input.charts, ...labels].map((e) => e.getBoundingClientRect());
  if (boxes.length === 0) throw new Error('There is no chart on the page to export.');
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const bodyW = Math.max(...boxes.map((b) => b.right)) - left;
  const bodyH = Math.max(...boxes.map((b) => b.bottom)) - top;
  const width = Math.ceil(Math.max(bodyW, 320) + 2 * PAD);
  const titleLines = wrapText(input.title, Math.floor((width - 2 * PAD) / (TITLE_PX * 0.6)));
  const headH = titleLines.length * (TITLE_PX + 4) + 10;
  const innerW = width - 2 * PAD;
  const colors = input.colors ?? { background: '#ffffff', text: '#1a1a1a' };
  const legend = input.legend
    ? legendSvg({
        entries: input.legend.entries,
        palette: input.legend.palette,
        width: innerW,
        kit: { shapePath, textInside, textWidth },
        idPrefix: 'caselines-legend',
      })
    : { markup: '', height: 0 };
  const legendH = legend.height > 0 ? legend.height + LEGEND_GAP : 0;
  const footer = footerSvg({
    lines: [
      ...citationLines(input.cases),
      'Made with Caselines from curated case data; a reading aid, not medical advice.',
    ],
    width: innerW,
    color: colors.text,
    fontSize: FOOT_PX,
  });
  const footH = footer.height + 12;
  const height = Math.ceil(PAD + headH + bodyH + legendH + footH + PAD);

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const svg = doc.documentElement as unknown as SVGSVGElement;
  for (const [k, v] of Object.entries({
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'font-family': FONT,
    'aria-labelledby': 'caselines-title',
    'aria-describedby': 'caselines-desc',
  }))
    svg.setAttribute(k, String(v));
  const title = el(doc, 'title', { id: 'caselines-title' });
  title.textContent = input.title;
  const desc = el(doc, 'desc', { id: 'caselines-desc' });
  desc.textContent = input.description;
  svg.append(title, desc);
  const defs = el(doc, 'defs', {});
  svg.appendChild(defs);
  svg.appendChild(el(doc, 'rect', { width, height, fill: colors.background }));
  titleLines.forEach((line, i) =>
    svg.appendChild(
      textEl(doc, line, {
        x: PAD,
        y: PAD + TITLE_PX + i * (TITLE_PX + 4),
        'font-size': TITLE_PX,
        'font-weight': 700,
        fill: colors.text,
      }),
    ),
  );

  const refs = new Set<string>();
  const body = el(doc, 'g', { transform: `translate(${PAD},${PAD + headH})` });
  svg.appendChild(body);
  input.charts.forEach((chart) => {
    const b = chart.getBoundingClientRect();
    const copy = copyElement(chart, doc, null, readStyle, refs);
    if (!copy) return;
    // The chart becomes a nested viewport at its place and size on the page.
    copy.setAttribute('x', String(round(b.left - left)));
    copy.setAttribute('y', String(round(b.top - top)));
    copy.setAttribute('width', String(round(b.width)));
    copy.setAttribute('height', String(round(b.height)));
    if (!copy.getAttribute('viewBox'))
      copy.setAttribute('viewBox', `0 0 ${round(b.width)} ${round(b.height)}`);
    copy.setAttribute('overflow', 'hidden');
    body.appendChild(copy);
  });
  for (const label of labels) {
    const text = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const b = label.getBoundingClientRect();
    const s = label.ownerDocument.defaultView!.getComputedStyle(label);
    const size = parseFloat(s.fontSize) || 14;
    const lineH = parseFloat(s.lineHeight) || size * 1.3;
    // The page wraps long labels; SVG text does not, so wrap to the label's width the same way.
    const shown = linesOnPage(label);
    const lines = shown > 1 ? wrapText(text, Math.ceil((text.length / shown) * 1.1)) : [text];
    lines.forEach((line, i) =>
      body.appendChild(
        textEl(doc, line, {
          x: b.left - left,
          y: b.top - top + size * 0.95 + i * lineH,
          'font-size': size,
          'font-weight': s.fontWeight || 400,
          'font-family': withFontFallback(s.fontFamily),
          fill: s.color || colors.text,
        }),
      ),
    );
  }

  // Definitions the copies point to but do not hold (patterns drawn once for the whole page).
  const have = () => new Set([...svg.querySelectorAll('[id]')].map((e) => e.id));
  for (let pass = 0; pass < 4 && [...refs].some((id) => !have().has(id)); pass++) {
    for (const id of [...refs]) {
      if (have().has(id)) continue;
      const src = input.charts[0]!.ownerDocument.getElementById(id);
      if (!src) continue;
      const copy = copyElement(src, doc, null, readStyle, refs);
      if (copy) defs.appendChild(copy);
    }
  }

  const below = PAD + headH + bodyH;
  if (legend.markup) {
    const g = el(doc, 'g', { transform: `translate(${PAD},${below + LEGEND_GAP})` });
    appendMarkup(g, legend.markup);
    svg.appendChild(g);
  }
  const foot = el(doc, 'g', { transform: `translate(${PAD},${below + legendH + 12})` });
  appendMarkup(foot, footer.markup);
  svg.appendChild(foot);
  sanitizeSvg(svg);
  return { svg, width, height };
}

/** The drawing as a standalone SVG file's text. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
