// The chart's furniture as SVG elements, drawn as the chart draws it (src/views/Timeline): lane
// stripes and titles, the time axis with its ticks, grid lines, order-only bands and axis breaks.
import { el, type SvgFragment } from '../../core/export/svgTree.ts';
import type { Segment } from '../../core/layout/types.ts';
import { fitLabel } from '../bandLabel.ts';
import type { SceneTick } from '../buildScene.ts';
import { titleLineH, wordsX, type LaneBox } from '../lanes.ts';
import { bandRef, halo, px, type Paint } from './paint.ts';

/** Text lines as <tspan>s under one <text>, each starting at x. */
export const spans = (lines: readonly string[], x: number, step: number) =>
  lines.map((l, i) => el('tspan', { x: px(x), ...(i > 0 ? { dy: step } : {}) }, l));

/** The lane stripes, alternating, across gutter and plot. */
export function stripesSvg(paint: Paint, lanes: readonly LaneBox[], width: number): SvgFragment {
  return lanes.map((b, i) =>
    el('rect', {
      x: 0,
      y: b.y,
      width: px(width),
      height: b.height,
      fill: i % 2 ? paint.p.stripe : paint.p.background,
      'data-lane-box': b.id,
    }),
  );
}

/** A lane's title, whole (wrapped by the scene), and the names of its measurement tracks. */
export function laneTitleSvg(paint: Paint, box: LaneBox, gutter: number): SvgFragment {
  const { sizes, p } = paint;
  const step = titleLineH(sizes);
  const title = el(
    'text',
    {
      x: 8,
      y: box.y + step - 2,
      'font-size': sizes.titleFont,
      'font-weight': box.collapsed ? 400 : 600,
      fill: box.collapsed ? p.muted : p.text,
      ...halo(paint),
      'data-lane-title': box.id,
    },
    spans(box.titleLines, 8, step),
  );
  const titleBottom = box.y + box.titleLines.length * step + 6;
  const x = wordsX(sizes, gutter);
  const tracks = box.tracks.flatMap((t) => {
    if (t.kind !== 'series') return [];
    const top = sizes.wordsAbove ? t.y : Math.max(t.y + 2, titleBottom);
    return el(
      'text',
      { x, y: top + sizes.font, 'font-size': sizes.font, fill: p.muted },
      spans(t.labelLines, x, sizes.lineH),
    );
  });
  return [title, ...tracks];
}

/** The time axis along the top of the lanes: its line, a tick and label per scene tick. */
export function axisSvg(paint: Paint, ticks: readonly SceneTick[], plotW: number): SvgFragment {
  const { sizes, p } = paint;
  const h = sizes.axisH;
  const line = el('path', { d: `M0,${h}H${px(plotW)}`, stroke: p.tones.axis ?? p.text });
  const marks = ticks.map((t) =>
    el(
      'g',
      { transform: `translate(${px(t.x)},0)`, 'data-tick': t.label },
      el('path', { d: `M0,${h - 6}V${h}`, stroke: p.tones.axis ?? p.text }),
      el(
        'text',
        {
          y: h - 10,
          'font-size': sizes.font,
          'text-anchor': 'middle',
          fill: p.text,
          ...(t.major ? { 'font-weight': 700 } : {}),
          ...halo(paint),
        },
        t.label,
      ),
    ),
  );
  return [line, ...marks];
}

/** A hairline per tick through every lane (majors stronger), so a time reads off the axis. */
export function gridSvg(paint: Paint, ticks: readonly SceneTick[], bottom: number): SvgFragment {
  const top = paint.sizes.axisH;
  return ticks.map((t) =>
    el('path', {
      d: `M${px(t.x)},${top}V${px(bottom)}`,
      stroke: t.major ? paint.p.muted : paint.p.grid,
      ...(t.major ? { 'stroke-opacity': 0.5 } : {}),
    }),
  );
}

/** A zig-zag from top to bottom: the axis is cut here. */
function zigzag(x: number, top: number, bottom: number): string {
  let d = `M${px(x)},${top}`;
  for (let y = top, i = 0; y < bottom; y += 6, i++)
    d += `L${px(x + (i % 2 ? -3 : 3))},${px(Math.min(y + 6, bottom))}`;
  return d;
}

/**
 * Order-only bands (hatched, dashed edges, "order only") and axis breaks (shaded, zig-zag cuts,
 * the gap's length) of the segments in view.
 */
export function bandsSvg(
  paint: Paint,
  segments: readonly Segment[],
  x: (u: number) => number,
  bottom: number,
): SvgFragment {
  const { sizes, p } = paint;
  const font = sizes.font;
  const words = { 'font-size': font, 'text-anchor': 'middle', fill: p.text, ...halo(paint) };
  return segments.flatMap((s) => {
    const x0 = x(s.u0);
    const x1 = x(s.u1);
    const mid = px((x0 + x1) / 2);
    if (s.kind === 'order')
      return [
        el('rect', {
          x: px(x0),
          y: 0,
          width: px(x1 - x0),
          height: px(bottom),
          fill: `url(#${bandRef(paint)})`,
        }),
        el('path', {
          d: `M${px(x0)},0V${px(bottom)}M${px(x1)},0V${px(bottom)}`,
          stroke: p.muted,
          'stroke-dasharray': '2 3',
        }),
        el(
          'text',
          { ...words, x: mid, y: px(font * 1.15), 'font-style': 'italic' },
          spans(fitLabel(s.label, x1 - x0, 'order only', font), mid, Math.ceil(font * 1.1)),
        ),
      ];
    if (s.kind !== 'break') return [];
    const label = fitLabel(s.label, Math.max(x1 - x0, 90), s.label.replace(/^≈ /, '≈'), font);
    return [
      el('rect', {
        x: px(x0),
        y: sizes.axisH,
        width: px(x1 - x0),
        height: px(bottom - sizes.axisH),
        fill: p.bandBreak,
      }),
      el('path', {
        d: zigzag(x0, sizes.axisH, bottom) + zigzag(x1, sizes.axisH, bottom),
        fill: 'none',
        stroke: p.muted,
        'stroke-width': 1.5,
      }),
      el('text', { ...words, x: mid, y: px(font * 1.15), 'font-weight': 700 }, label.join('')),
    ];
  });
}
