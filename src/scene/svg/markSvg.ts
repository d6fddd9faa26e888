// One mark of a scene as SVG elements, drawn as the chart draws it (src/views/Timeline/Mark.tsx):
// whisker or bracket, the period's bar, the glyph (the same shapePath strings), then its label.
import { el, type SvgFragment, type SvgNode } from '../../core/export/svgTree.ts';
import type { Glyph } from '../../core/layout/types.ts';
import { outsideBands, type PxRange } from '../bandGaps.ts';
import { shapePath, textInside } from '../glyphs.ts';
import type { SceneLabel } from '../labels.ts';
import type { SceneMark } from '../marks.ts';
import { halo, hatchRef, px, toneOf, type Paint } from './paint.ts';

/** The fill of a glyph or bar: its tone when known, a hatch when not reported, else hollow. */
function fillOf(paint: Paint, glyph: Glyph, fill: Glyph['fill']): string {
  if (fill === 'solid') return toneOf(paint, glyph.tone);
  if (fill === 'hatched') return `url(#${hatchRef(paint, glyph.tone)})`;
  return paint.p.background;
}

/** A glyph centred at (x, y) with its text inside it or beside it. */
export function glyphSvg(
  paint: Paint,
  glyph: Glyph,
  at: { x: number; y: number; r: number },
  planned: boolean,
): SvgNode {
  const fill = planned ? 'hollow' : glyph.fill;
  const tone = toneOf(paint, glyph.tone);
  const shape = el('path', {
    d: shapePath(glyph.shape, at.r),
    fill: fillOf(paint, glyph, fill),
    stroke: tone,
    'stroke-width': 1.5,
    'stroke-linejoin': 'round',
    ...(planned ? { 'stroke-dasharray': '3 2' } : {}),
  });
  let text: SvgNode | null = null;
  if (glyph.text) {
    const font = paint.sizes.glyphFont;
    const inside = { y: 0.5, dy: '0.35em', 'text-anchor': 'middle', 'font-weight': 700 };
    const { p } = paint;
    if (!textInside(glyph, at.r))
      text = el(
        'text',
        {
          x: px(-at.r - 2),
          dy: '0.35em',
          'text-anchor': 'end',
          'font-weight': 700,
          'font-size': paint.sizes.font,
          fill: p.text,
        },
        glyph.text,
      );
    else if (fill === 'solid')
      text = el(
        'text',
        {
          ...inside,
          'font-size': font,
          fill: p.onTone,
          ...(p.halo === 'none' ? {} : { ...halo(paint, 2), stroke: p.halo }),
        },
        glyph.text,
      );
    else
      text = el(
        'text',
        {
          ...inside,
          'font-size': font,
          fill: fill === 'hatched' ? p.text : tone,
          ...(fill === 'hatched' ? halo(paint) : {}),
        },
        glyph.text,
      );
  }
  return el('g', { transform: `translate(${px(at.x)},${px(at.y)})` }, shape, text);
}

/** A label where the scene placed it, one <tspan> per line. */
export function labelSvg(paint: Paint, label: SceneLabel, quiet: boolean): SvgNode {
  const spans = label.lines.map((line, i) =>
    el('tspan', { x: px(label.x), ...(i > 0 ? { dy: label.lineH } : {}) }, line),
  );
  return el(
    'text',
    {
      x: px(label.x),
      y: px(label.y),
      'text-anchor': label.anchor,
      'font-size': label.font,
      fill: quiet ? paint.p.muted : paint.p.text,
      ...(quiet ? { 'font-style': 'italic' } : {}),
      ...halo(paint),
      'data-label-for': label.key,
    },
    spans,
  );
}

/** The horizontal pieces of a line from x0 to x1 outside the order-only bands, as path data. */
const pieces = (x0: number, x1: number, y: number, bands: readonly PxRange[]) =>
  outsideBands(x0, x1, bands)
    .map(([a, b]) => `M${px(a)},${px(y)}H${px(b)}`)
    .join('');

/** The range a point may lie in: a line with end caps, dotted for an approximate time. */
export function whiskerSvg(
  paint: Paint,
  [x0, x1]: PxRange,
  y: number,
  approximate: boolean,
  bands: readonly PxRange[] = [],
): SvgNode {
  return el('path', {
    d: `${pieces(x0, x1, y, bands)}M${px(x0)},${px(y - 5)}v10M${px(x1)},${px(y - 5)}v10`,
    fill: 'none',
    stroke: paint.p.text,
    'stroke-width': 1.5,
    ...(approximate ? { 'stroke-dasharray': '1.5 3', 'stroke-linecap': 'round' } : {}),
  });
}

/** A time known only by its bounds: a dashed bracket, its right end an arrow when open. */
export function bracketSvg(
  paint: Paint,
  [x0, x1]: PxRange,
  y: number,
  open: boolean,
  bands: readonly PxRange[] = [],
): SvgFragment {
  const start = `M${px(x0 + 4)},${px(y - 7)}H${px(x0)}V${px(y + 7)}H${px(x0 + 4)}`;
  const end = open
    ? `M${px(x1 - 7)},${px(y - 5)}L${px(x1)},${px(y)}L${px(x1 - 7)},${px(y + 5)}`
    : `M${px(x1 - 4)},${px(y - 7)}H${px(x1)}V${px(y + 7)}H${px(x1 - 4)}`;
  const stroke = paint.p.window;
  return [
    el('path', {
      d: pieces(x0, x1, y, bands),
      fill: 'none',
      stroke,
      'stroke-width': 1.5,
      'stroke-dasharray': '5 4',
    }),
    el('path', { d: start + end, fill: 'none', stroke, 'stroke-width': 2 }),
  ];
}

/** A mark's whisker or bracket, when its time is not exact. */
function spanSvg(paint: Paint, item: SceneMark, bands: readonly PxRange[]): SvgNode | SvgFragment {
  const m = item.mark;
  if (!item.span) return [];
  if (m.place.kind === 'point') return whiskerSvg(paint, item.span, item.y, m.approximate, bands);
  const open = m.place.kind === 'window' && m.place.open === true;
  return bracketSvg(paint, item.span, item.y, open, bands);
}

/** A period's bar, interrupted where it crosses an order-only band. */
function barSvg(paint: Paint, item: SceneMark, bands: readonly PxRange[]): SvgFragment {
  if (!item.bar) return [];
  const m = item.mark;
  const fill = m.plan ? 'hollow' : m.glyph.fill;
  const [x0, x1] = item.bar;
  return outsideBands(x0, Math.max(x1, x0 + 2), bands).map(([a, b]) =>
    el('rect', {
      x: px(a),
      y: px(item.y - item.barHalf),
      width: px(b - a),
      height: px(2 * item.barHalf),
      rx: 2,
      fill: fillOf(paint, m.glyph, fill),
      stroke: toneOf(paint, m.glyph.tone),
      'stroke-width': 1.5,
      ...(m.plan ? { 'stroke-dasharray': '4 3' } : {}),
    }),
  );
}

/**
 * One mark as the chart draws it, in a group that names it (`data-mark`, the mark's key), so a
 * file can be checked against the scene it was drawn from.
 */
export function markSvg(
  paint: Paint,
  item: SceneMark,
  label: SceneLabel | undefined,
  bands: readonly PxRange[],
): SvgNode {
  const m = item.mark;
  const cut = m.crossesBand ? bands : [];
  return el(
    'g',
    { 'data-mark': m.key, 'data-lane': m.lane, role: 'img', 'aria-label': m.label },
    spanSvg(paint, item, cut),
    barSvg(paint, item, cut),
    item.showGlyph && glyphSvg(paint, m.glyph, item, m.plan),
    label && labelSvg(paint, label, m.plan || m.absent),
  );
}
