// The cohort's swimmer plot as one standalone SVG chart, from the core's cohort geometry and a
// palette alone (no page): the shared axis, then each patient's name, facts, track and notes,
// drawn as the page draws them (src/views/CohortPage), markers with the chart's glyph paths.
import { el, type SvgFragment, type SvgNode } from '../../core/export/svgTree.ts';
import { ROW_PX, rowGeometry, type CohortAxis, type CohortRow } from '../../core/cohort/index.ts';
import type { ExportPalette } from '../../core/export/legendSvg.ts';
import { wrapText } from '../textWidth.ts';
import { sceneSizes } from '../sizes.ts';
import { bracketSvg, glyphSvg, whiskerSvg } from './markSvg.ts';
import { bandRef, patternsSvg, px, type Paint } from './paint.ts';
import type { SceneSvg } from './sceneSvg.ts';

/** What the cohort chart is drawn from. */
export interface CohortSvgInput {
  /** Rows in display order. */
  rows: readonly CohortRow[];
  /** The shared columns, scale and ticks (core cohortAxis at the chart's width). */
  axis: CohortAxis;
  /** How to read the axis, in words (the page's caption). */
  caption: string;
  /** Prefix of the chart's pattern ids, unique in the file. */
  id: string;
}

const AXIS_H = 48;
const NAME_PX = 14;
const SMALL_PX = 12;
const LINE = 16;

/** The shared axis: order-only zone headings and the day ticks of the timed part. */
function axisSvg(paint: Paint, axis: CohortAxis): SvgFragment {
  const { p } = paint;
  const zones = (['before', 'after'] as const).filter((z) => axis.zones[z].slots > 0);
  const label = (x: number, y: number, text: string, bold: boolean) =>
    el(
      'text',
      {
        x: px(x),
        y,
        'font-size': 11,
        'text-anchor': 'middle',
        'font-weight': bold ? 700 : 400,
        fill: p.text,
        stroke: p.bandOrder,
        'stroke-width': 3,
        'paint-order': 'stroke',
      },
      text,
    );
  const heads = zones.flatMap((z) => {
    const { x0, x1 } = axis.zones[z];
    const mid = (x0 + x1) / 2;
    return [
      el('rect', {
        x: px(x0),
        y: 2,
        width: px(x1 - x0),
        height: AXIS_H - 4,
        fill: `url(#${bandRef(paint)})`,
      }),
      label(mid, 17, 'order only', true),
      label(mid, 31, 'spacing is', false),
      label(mid, 42, 'not time', false),
    ];
  });
  const ink = p.tones.axis ?? p.text;
  const ticks = axis.ticks.flatMap((t) => [
    el('path', { d: `M${px(t.x)},${AXIS_H - 8}V${AXIS_H - 1}`, stroke: ink }),
    el(
      'text',
      {
        x: px(t.x),
        y: AXIS_H - 12,
        'font-size': 11,
        'text-anchor': 'middle',
        fill: p.text,
        ...(t.major ? { 'font-weight': 700 } : {}),
      },
      t.label,
    ),
  ]);
  const line = el('path', {
    d: `M${px(axis.time.x0)},${AXIS_H - 1}H${px(axis.time.x1)}`,
    stroke: ink,
  });
  return [...heads, line, ...ticks];
}

/** One row's track: zones, day 0, connectors, the timed bar, its markers and an ongoing arrow. */
function trackSvg(paint: Paint, row: CohortRow, axis: CohortAxis): SvgFragment {
  const { p } = paint;
  const geo = rowGeometry(row, axis);
  const { y } = geo;
  const zones = (['before', 'after'] as const)
    .filter((z) => axis.zones[z].slots > 0)
    .map((z) =>
      el('rect', {
        x: px(axis.zones[z].x0),
        y: 2,
        width: px(axis.zones[z].x1 - axis.zones[z].x0),
        height: ROW_PX - 4,
        fill: `url(#${bandRef(paint)})`,
        opacity: 0.7,
      }),
    );
  const zero = el('path', {
    d: `M${px(axis.x(0))},0V${ROW_PX}`,
    stroke: p.muted,
    'stroke-dasharray': '2 2',
  });
  const connectors = geo.connectors.map((c) =>
    el('path', {
      d: `M${px(c.x0)},${y}H${px(c.x1)}`,
      fill: 'none',
      stroke: p.muted,
      'stroke-width': 1.5,
      'stroke-dasharray': '1.5 4',
      'stroke-linecap': 'round',
    }),
  );
  const bar = geo.bar
    ? el('rect', {
        x: px(geo.bar.x0),
        y: y - 3,
        width: px(geo.bar.x1 - geo.bar.x0),
        height: 6,
        rx: 2,
        fill: p.muted,
        opacity: 0.55,
      })
    : null;
  const markers = geo.markers.map((g) => {
    const m = g.marker;
    const approximate = m.place.kind === 'point' && m.place.approximate;
    const span = g.span
      ? g.span.kind === 'whisker'
        ? whiskerSvg(paint, [g.span.x0, g.span.x1], g.y, approximate)
        : bracketSvg(paint, [g.span.x0, g.span.x1], g.y, false)
      : null;
    const r = g.span?.kind === 'bracket' ? 5 : 6.5;
    const approx = approximate
      ? el(
          'text',
          { x: px(g.x + 8), y: g.y - 6, 'font-size': 11, 'font-weight': 700, fill: p.text },
          '≈',
        )
      : null;
    return el(
      'g',
      { 'data-marker': m.eventId, 'data-kind': m.kind },
      span,
      glyphSvg(paint, m.glyph, { x: g.x, y: g.y, r }, false),
      approx,
    );
  });
  const arrow =
    geo.arrowX !== null
      ? el('path', {
          d: `M${px(geo.arrowX)},${y}h12m-5,-5l5,5l-5,5`,
          fill: 'none',
          stroke: p.text,
          'stroke-width': 2,
          'stroke-linejoin': 'round',
          'data-ongoing': 'true',
        })
      : null;
  return [
    ...zones,
    zero,
    ...connectors,
    ...(bar ? [bar] : []),
    ...markers,
    ...(arrow ? [arrow] : []),
  ];
}

/**
 * The swimmer plot: the axis and its caption, then each patient's name and facts, the track on
 * the shared axis, and what the row cannot show. Every marker carries `data-marker` (its event).
 */
export function cohortSvg(input: CohortSvgInput, palette: ExportPalette): SceneSvg {
  const paint: Paint = { p: palette, sizes: sceneSizes({ kind: 'export' }), id: input.id };
  const { axis } = input;
  const width = axis.width;
  const small = (x: number, y: number, text: string, extra = {}) =>
    el('text', { x, y, 'font-size': SMALL_PX, fill: palette.muted, ...extra }, text);
  const caption = wrapText(input.caption, width, SMALL_PX, 6) ?? [input.caption];
  let y = AXIS_H + 4;
  const out: SvgNode[] = [...axisSvg(paint, axis)];
  for (const line of caption) {
    y += LINE;
    out.push(small(0, y - 4, line, { 'font-style': 'italic' }));
  }
  y += 8;
  for (const row of input.rows) {
    const facts = `${row.text.target} · ${row.text.crsShort}`;
    out.push(
      el(
        'g',
        { transform: `translate(0,${y})`, 'data-case-id': row.id },
        el(
          'text',
          { y: NAME_PX, 'font-size': NAME_PX, 'font-weight': 700, fill: palette.text },
          row.label,
        ),
        small(0, NAME_PX + LINE, facts),
        el('g', { transform: `translate(0,${NAME_PX + LINE + 4})` }, trackSvg(paint, row, axis)),
        row.notes.map((n, i) => small(0, NAME_PX + LINE + 4 + ROW_PX + (i + 1) * LINE - 4, n)),
      ),
    );
    y += NAME_PX + LINE + 4 + ROW_PX + row.notes.length * LINE + 10;
  }
  const tones = input.rows.flatMap((r) =>
    r.markers.filter((m) => m.glyph.fill === 'hatched').map((m) => m.glyph.tone),
  );
  const defs = el('defs', {}, patternsSvg(paint, tones));
  const height = Math.ceil(y);
  return {
    node: el(
      'svg',
      { width, height, viewBox: `0 0 ${width} ${height}`, overflow: 'hidden' },
      defs,
      out,
    ),
    width,
    height,
  };
}
