// The case page's first chart as a static picture: the same plan (default view of an address with
// no query), the same scene target and width, the same dense-or-labelled choice as the live
// Timeline, drawn by sceneSvg like an export (a dense chart's marks as its canvas draws them,
// densePicture). The build writes it per case, width and theme
// (scripts/prerender.ts); the boot script shows it until the live chart has drawn.
import { exportPalette } from '../../core/export/exportPalette.ts';
import { el, type SvgNode } from '../../core/export/svgTree.ts';
import { treatmentLinks } from '../../core/layout/index.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { Theme } from '../../app/theme/index.ts';
import {
  fitTarget,
  kineticsSummaries,
  SCREEN,
  sceneAt,
  sceneBase,
  sceneSvg,
  SVG_FONT,
} from '../../scene/index.ts';
import { px } from '../../scene/svg/paint.ts';
import { isDense, NO_KEYS } from '../Timeline/canvas/denseMarks.ts';
import { denseMarksSvg } from './densePicture.ts';
import { casePlan } from './viewScenes.ts';

type Loaded = Extract<CaseLoad, { status: 'ok' }>;

/** Prefix of the picture's pattern and clip ids. */
const ID = 'pre';

/** The chart a case page first draws at `width` px, in `theme`, as an SVG tree. */
export function prerenderChart(load: Loaded, width: number, theme: Theme): SvgNode {
  const plan = casePlan(load, '');
  const base = sceneBase({
    layout: plan.layout,
    order: plan.order,
    target: fitTarget(SCREEN, width),
    width,
    summaries: kineticsSummaries(plan.c, plan.rc, plan.layout, plan.kineticsAnchor),
  });
  // As the live chart: too many marks for SVG leave the SVG lanes without marks or labels, and
  // the marks are drawn over the whole chart as its canvas draws them (densePicture).
  const dense = isDense(plan.visible.length);
  const scene = sceneAt(base, {
    window: plan.window,
    visible: dense ? NO_KEYS : new Set(plan.visible.map((m) => m.key)),
    labels: !dense,
  });
  const palette = exportPalette(theme);
  const drawn = sceneSvg(scene, palette, {
    id: ID,
    links: dense ? [] : treatmentLinks(plan.layout, plan.c),
    caseId: plan.c.id,
  }).node;
  // The page's font: an image does not inherit it, and its default is a serif.
  const svg = { ...drawn, attrs: { ...drawn.attrs, 'font-family': SVG_FONT } };
  if (!dense) return withoutNames(svg);
  const marks = el(
    'g',
    { transform: `translate(${px(base.gutter)},0)` },
    el('g', { 'clip-path': `url(#${ID}-clip)` }, denseMarksSvg(base, plan.window, palette)),
  );
  return { ...svg, children: [...svg.children, marks] };
}

/**
 * The tree without each mark's role and accessible name: a picture shown as an image is read by
 * its alternative text, and at thousands of marks the names were a third of the file.
 */
function withoutNames(node: SvgNode): SvgNode {
  const attrs = Object.fromEntries(
    Object.entries(node.attrs).filter(
      ([k]) => node.attrs['data-mark'] === undefined || (k !== 'role' && k !== 'aria-label'),
    ),
  );
  return {
    ...node,
    attrs,
    children: node.children.map((c) => (typeof c === 'string' ? c : withoutNames(c))),
  };
}
