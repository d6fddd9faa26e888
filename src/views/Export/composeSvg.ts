// Builds one self-contained SVG from the charts on the page: each chart is copied element by
// element (text as text nodes, never markup), computed styles become presentation attributes,
// pattern and clip definitions it points to are copied in, HTML labels beside the charts (pane
// headings, patient names) are redrawn as SVG text, and a title and a citation footer are added.
import { citationLines, wrapText } from '../../core/export/citation.ts';
import { isAllowedElement, isSafeAttribute, referencedIds } from '../../core/export/sanitize.ts';
import {
  SVG_STYLE_PROPS,
  styleAttributes,
  withFontFallback,
  type StyleMap,
} from '../../core/export/styles.ts';
import type { Case } from '../../core/format/index.ts';
import { sanitizeSvg, SVG_NS } from './sanitizeSvg.ts';

/** Reads the properties the export copies from an element's computed style. */
export type StyleReader = (el: Element) => StyleMap;

/** What to draw into the exported SVG. */
export interface ComposeInput {
  /** The drawing's title (the view and case names). */
  title: string;
  /** A longer description for screen readers and search (the charts' own descriptions follow). */
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
  const style = readStyle(src);
  if (style.display === 'none') return null;
  const out = doc.createElementNS(SVG_NS, link ? 'g' : src.localName);
  for (const attr of [...src.attributes]) {
    if (link && /^(xlink:)?href$|^target$/i.test(attr.name)) continue;
    if (!isSafeAttribute(attr.name, attr.value)) continue;
    out.setAttribute(attr.name === 'xlink:href' ? 'href' : attr.name, attr.value);
    referencedIds(attr.name, attr.value).forEach((id) => refs.add(id));
  }
  for (const [name, value] of styleAttributes(style, parentStyle)) {
    out.setAttribute(name, value);
    referencedIds(name, value).forEach((id) => refs.add(id));
  }
  for (const child of [...src.childNodes]) {
    if (child.nodeType === 3) out.appendChild(doc.createTextNode(child.textContent ?? ''));
    else if (child.nodeType === 1) {
      const c = copyElement(child as Element, doc, style, readStyle, refs);
      if (c) out.appendChild(c);
    }
  }
  return out;
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
  const charsPerLine = Math.max(30, Math.floor((width - 2 * PAD) / (FOOT_PX * 0.56)));
  const footLines = [
    ...citationLines(input.cases).flatMap((l) => wrapText(l, charsPerLine)),
    ...wrapText(
      `Made with Caselines from curated case data; a reading aid, not medical advice.`,
      charsPerLine,
    ),
  ];
  const footH = footLines.length * (FOOT_PX + 4) + 12;
  const height = Math.ceil(PAD + headH + bodyH + footH + PAD);
  const colors = input.colors ?? { background: '#ffffff', text: '#1a1a1a' };

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
  const chartDescs = input.charts
    .map((c) => c.querySelector(':scope > desc')?.textContent?.trim() ?? '')
    .filter(Boolean);
  const desc = el(doc, 'desc', { id: 'caselines-desc' });
  desc.textContent = [input.description, ...chartDescs].join(' ');
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

  const foot = el(doc, 'g', {
    'font-size': FOOT_PX,
    fill: colors.text,
    'data-role': 'citations',
  });
  footLines.forEach((line, i) =>
    foot.appendChild(
      textEl(doc, line, { x: PAD, y: PAD + headH + bodyH + 12 + (i + 1) * (FOOT_PX + 4) - 4 }),
    ),
  );
  svg.appendChild(foot);
  sanitizeSvg(svg);
  return { svg, width, height };
}

/** The drawing as a standalone SVG file's text. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
