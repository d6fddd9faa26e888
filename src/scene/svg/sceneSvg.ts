// A scene drawn as one standalone SVG chart, from the scene and a palette alone: no page, no
// stylesheet, no React. Exports compose their files from it (composeExport), so what a file holds
// is what the scene placed, however the screen happened to draw it (SVG or dense canvas).
import { el, type SvgFragment, type SvgNode } from '../../core/export/svgTree.ts';
import type { ExportPalette } from '../../core/export/legendSvg.ts';
import type { TreatmentLink } from '../../core/layout/index.ts';
import type { PxRange } from '../bandGaps.ts';
import type { Scene } from '../buildScene.ts';
import { linkedMarks, linkPaths } from '../links.ts';
import type { SceneMark } from '../marks.ts';
import { textWidth, wrapText } from '../textWidth.ts';
import { axisSvg, bandsSvg, gridSvg, laneTitleSvg, stripesSvg } from './furnitureSvg.ts';
import { markSvg } from './markSvg.ts';
import { patternsSvg, px, type Paint } from './paint.ts';
import {
  emptyLaneSvg,
  figureOnlySvg,
  kineticsAxisSvg,
  kineticsSvg,
  seriesLineSvg,
} from './tracksSvg.ts';

/** How one chart is drawn besides its scene and palette. */
export interface SceneSvgOptions {
  /** Prefix of the chart's pattern and clip ids, unique in the file. */
  id: string;
  /** "Treated by" links of the case (core treatmentLinks); drawn where both marks are placed. */
  links?: readonly TreatmentLink[];
  /** The case it draws, as `data-case-id`. */
  caseId?: string;
}

/** A chart's SVG element and its size (the callouts' list under the plot included). */
export interface SceneSvg {
  /** The chart's <svg> element, as a tree. */
  node: SvgNode;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/** The chart's patterns and the clip of its plot. */
function defsSvg(paint: Paint, marks: readonly SceneMark[], plotW: number, height: number) {
  const tones = marks.filter((m) => m.mark.glyph.fill === 'hatched').map((m) => m.mark.glyph.tone);
  const clip = el(
    'clipPath',
    { id: `${paint.id}-clip` },
    el('rect', { x: 0, y: 0, width: px(plotW), height: px(height) }),
  );
  return el('defs', {}, patternsSvg(paint, tones), clip);
}

/** The lanes' content in the plot: marks by track, kinetics charts, lines and empty rows. */
function lanesSvg(paint: Paint, scene: Scene, bands: readonly PxRange[]): SvgFragment {
  const byLane = new Map<number, SceneMark[]>();
  for (const m of scene.marks)
    (byLane.get(m.laneIndex) ?? byLane.set(m.laneIndex, []).get(m.laneIndex)!).push(m);
  const draw = (m: SceneMark) => markSvg(paint, m, scene.labels.get(m.key), bands);
  return scene.lanes.flatMap((box, i) => {
    if (box.collapsed) return [];
    if (box.empty) return emptyLaneSvg(paint, box);
    const marks = byLane.get(i) ?? [];
    const body = box.tracks.map((t, ti) => {
      const mine = marks.filter((m) => m.trackIndex === ti).map(draw);
      switch (t.kind) {
        case 'rows':
          return mine;
        case 'series':
          return [seriesLineSvg(paint, t, scene.plotW), ...mine];
        case 'kinetics': {
          const s = scene.summaries.get(t.seriesId);
          const ys = scene.kinetics.get(t.seriesId);
          return s && ys ? [...kineticsSvg(paint, t, s, ys, scene.x, scene.plotW), ...mine] : [];
        }
        case 'figure':
          return figureOnlySvg(paint, t, scene.plotW);
      }
    });
    return el('g', { 'data-lane': box.id }, body);
  });
}

/** "Treated by" connectors under the lanes, each ending in an arrowhead at the toxicity. */
function linksSvg(paint: Paint, scene: Scene, links: readonly TreatmentLink[]): SvgFragment {
  const placed = new Set(scene.marks.map((m) => m.key));
  const shown = links.filter((l) => placed.has(l.from) && placed.has(l.to));
  const paths = linkPaths(shown, linkedMarks(scene.slots, shown), scene.x, scene.sizes.barHalf);
  const ink = { opacity: 0.75 };
  return paths.map((l) =>
    el(
      'g',
      { 'data-from': l.from, 'data-to': l.to },
      el('path', {
        d: l.d,
        fill: 'none',
        stroke: paint.p.muted,
        'stroke-width': 1.25,
        'stroke-linecap': 'round',
        ...ink,
      }),
      el('path', { d: l.head, fill: paint.p.muted, ...ink }),
    ),
  );
}

/** Widest column of callout words before they wrap. */
const CALLOUT_COL_PX = 360;
const CALLOUT_GAP_PX = 18;

/**
 * The words of the numbered glyphs under the plot ("1. CRS grade 2"), in as many columns as the
 * chart's width holds, read top to bottom, so a dense chart's list stays short.
 */
function calloutsSvg(paint: Paint, scene: Scene): { node: SvgNode | null; height: number } {
  if (scene.callouts.length === 0) return { node: null, height: 0 };
  const { font, lineH } = scene.sizes;
  const texts = scene.callouts.map((c) => `${c.n}. ${c.text}`);
  const room = scene.width - 16;
  const colW = Math.min(room, CALLOUT_COL_PX, Math.max(...texts.map((t) => textWidth(t, font))));
  const cols = Math.max(1, Math.floor((room + CALLOUT_GAP_PX) / (colW + CALLOUT_GAP_PX)));
  const perCol = Math.ceil(texts.length / cols);
  const top = scene.height + 4;
  let rows = 0;
  const columns = Array.from({ length: cols }, (_, c) => {
    const lines = texts
      .slice(c * perCol, (c + 1) * perCol)
      .flatMap((t) => wrapText(t, colW, font, 20) ?? [t]);
    rows = Math.max(rows, lines.length);
    const x = 8 + c * (colW + CALLOUT_GAP_PX);
    return lines.length === 0
      ? null
      : el(
          'text',
          { x: px(x), y: top + font, 'font-size': font, fill: paint.p.text },
          lines.map((l, i) => el('tspan', { x: px(x), ...(i > 0 ? { dy: lineH } : {}) }, l)),
        );
  });
  return {
    node: el('g', { 'data-role': 'callouts' }, columns),
    height: 8 + rows * lineH,
  };
}

/**
 * The chart of a scene as one <svg> element: lane stripes and titles, the axis, bands and breaks,
 * grid, treatment links, every placed mark (the same glyph paths as the screen and the canvas)
 * with its label, the kinetics charts and their axes, and the words of numbered glyphs under it.
 * Nothing that only serves the screen: no chevrons, focus rings, hints or pointer guide.
 */
export function sceneSvg(scene: Scene, palette: ExportPalette, opts: SceneSvgOptions): SceneSvg {
  const paint: Paint = { p: palette, sizes: scene.sizes, id: opts.id };
  const { gutter, plotW, bottom, width } = scene;
  const [u0, u1] = scene.window;
  const segments = scene.layout.axis.segments.filter((s) => s.u1 >= u0 && s.u0 <= u1);
  const bands = segments
    .filter((s) => s.kind === 'order')
    .map((s) => [scene.x(s.u0), scene.x(s.u1)] as const);
  const callouts = calloutsSvg(paint, scene);
  const height = Math.ceil(scene.height + callouts.height);
  const titles = scene.lanes.flatMap((b) => laneTitleSvg(paint, b, gutter));
  const axes = scene.lanes.flatMap((b) =>
    b.tracks.flatMap((t, i) => {
      const ys = t.kind === 'kinetics' ? scene.kinetics.get(t.seriesId) : undefined;
      return ys && t.kind === 'kinetics' ? kineticsAxisSvg(paint, b, i, t, ys, gutter) : [];
    }),
  );
  const clipped = [
    bandsSvg(paint, segments, scene.x, bottom),
    gridSvg(paint, scene.ticks, bottom),
    linksSvg(paint, scene, opts.links ?? []),
    lanesSvg(paint, scene, bands),
  ];
  const plot = el(
    'g',
    { transform: `translate(${px(gutter)},0)` },
    el('g', { 'clip-path': `url(#${opts.id}-clip)` }, clipped),
    axisSvg(paint, scene.ticks, plotW),
  );
  return {
    node: el(
      'svg',
      {
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        overflow: 'hidden',
        ...(opts.caseId ? { 'data-case-id': opts.caseId } : {}),
        'data-target': scene.target.kind,
      },
      defsSvg(paint, scene.marks, plotW, scene.height),
      stripesSvg(paint, scene.lanes, gutter + plotW),
      plot,
      titles,
      axes,
      callouts.node,
    ),
    width,
    height,
  };
}
