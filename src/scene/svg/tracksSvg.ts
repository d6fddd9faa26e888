// The tracks of a lane that are more than marks, as SVG elements drawn as the chart draws them:
// a measurement track's line, a kinetics chart (grid, floor, curve, stats) and its y axis in the
// gutter, a series known only from a figure, and the thin row of a lane this case lacks.
import { el, type SvgFragment, type SvgNode } from '../../core/export/svgTree.ts';
import { logTicks, type KineticsSummary } from '../../core/kinetics/index.ts';
import { decadeLabel, type KineticsY } from '../kinetics.ts';
import { kineticsCurve } from '../kineticsCurve.ts';
import { titleLineH, wordsX, type LaneBox, type Track } from '../lanes.ts';
import { seriesLineY } from '../marks.ts';
import { cutToWidth } from '../textWidth.ts';
import { statsText } from '../words.ts';
import { spans } from './furnitureSvg.ts';
import { halo, px, type Paint } from './paint.ts';

type KineticsTrack = Extract<Track, { kind: 'kinetics' }>;

/** A kinetics chart's grid, floor, curve through measured values and stats line (marks apart). */
export function kineticsSvg(
  paint: Paint,
  t: KineticsTrack,
  s: KineticsSummary,
  ys: KineticsY,
  x: (u: number) => number,
  plotW: number,
): SvgFragment {
  const { p, sizes } = paint;
  const ticks = ys.log ? logTicks(ys.domain) : [ys.domain[0], ys.domain[1]];
  const line = kineticsCurve(t.marks, s, ys, x, plotW);
  const grid = ticks.map((v) =>
    el('path', { d: `M0,${px(ys.y(v))}H${px(plotW)}`, stroke: p.grid }),
  );
  const floor = el('path', {
    d: `M0,${px(ys.y(ys.domain[0]))}H${px(plotW)}`,
    stroke: p.muted,
    'stroke-dasharray': '2 3',
  });
  const curve = line
    ? el('path', {
        d: line,
        fill: 'none',
        stroke: p.tones.kinetics ?? p.text,
        'stroke-width': 2,
        'data-curve': s.seriesId,
      })
    : null;
  const stats = el(
    'text',
    {
      x: 8,
      y: px(t.y + t.head + sizes.font * 1.2),
      'font-size': sizes.font,
      fill: p.muted,
      ...halo(paint),
    },
    cutToWidth(statsText(s), plotW - 16, sizes.font),
  );
  return [...grid, floor, ...(curve ? [curve] : []), stats];
}

/** A kinetics y axis in the gutter: the series' words and a label per decade that has room. */
export function kineticsAxisSvg(
  paint: Paint,
  box: LaneBox,
  index: number,
  t: KineticsTrack,
  ys: KineticsY,
  gutter: number,
): SvgFragment {
  const { p, sizes } = paint;
  const titleBottom = box.y + box.titleLines.length * titleLineH(sizes) + 4;
  const top = !sizes.wordsAbove && index === 0 ? Math.max(t.y, titleBottom) : t.y + 2;
  const x = wordsX(sizes, gutter);
  const words = el(
    'text',
    { x, y: top + sizes.font, 'font-size': sizes.font, fill: p.muted },
    spans(t.wordLines, x, sizes.lineH),
  );
  const ticks: number[] = [];
  for (const v of ys.log ? logTicks(ys.domain) : [ys.domain[0], ys.domain[1]])
    if (ticks.every((k) => Math.abs(ys.y(k) - ys.y(v)) >= sizes.font)) ticks.push(v);
  const axis = p.tones.axis ?? p.text;
  return [
    words,
    ...ticks.flatMap((v) => [
      el('path', { d: `M${gutter - 5},${px(ys.y(v))}H${gutter}`, stroke: axis }),
      el(
        'text',
        {
          x: gutter - 8,
          y: px(ys.y(v)),
          dy: '0.35em',
          'text-anchor': 'end',
          'font-size': sizes.font,
          fill: p.text,
        },
        ys.log ? decadeLabel(v) : String(v),
      ),
    ]),
  ];
}

/** A measurement track's line, where its points sit. */
export function seriesLineSvg(paint: Paint, t: Track, plotW: number): SvgNode {
  const y = px(seriesLineY(t as { y: number; height: number; head: number }, paint.sizes));
  return el('path', { d: `M0,${y}H${px(plotW)}`, stroke: paint.p.grid });
}

/** A series the source shows only in a figure: a dashed line and why nothing is plotted. */
export function figureOnlySvg(
  paint: Paint,
  t: Extract<Track, { kind: 'figure' }>,
  plotW: number,
): SvgFragment {
  const mid = t.y + t.height / 2;
  return [
    el('path', {
      d: `M0,${px(mid)}H${px(plotW)}`,
      stroke: paint.p.grid,
      'stroke-dasharray': '4 4',
    }),
    el(
      'text',
      {
        x: 8,
        y: px(mid + 4),
        'font-size': paint.sizes.font,
        'font-style': 'italic',
        fill: paint.p.muted,
        ...halo(paint),
      },
      `${t.label}: measured (figure), values not reported`,
    ),
  ];
}

/** The thin row of a lane this case has no data for (lined up with another pane). */
export function emptyLaneSvg(paint: Paint, box: LaneBox): SvgNode {
  return el(
    'text',
    {
      x: 8,
      y: px(box.y + box.height / 2),
      dy: '0.35em',
      'font-size': paint.sizes.font,
      'font-style': 'italic',
      fill: paint.p.muted,
    },
    'None reported for this case',
  );
}
