// The case page's first chart as a static picture: the same plan (default view of an address with
// no query), the same scene target and width, the same dense-or-labelled choice as the live
// Timeline, drawn by sceneSvg like an export. The build writes it per case, width and theme
// (scripts/prerender.ts); the boot script shows it until the live chart has drawn.
import { exportPalette } from '../../core/export/exportPalette.ts';
import type { SvgNode } from '../../core/export/svgTree.ts';
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
} from '../../scene/index.ts';
import { isDense } from '../Timeline/canvas/denseMarks.ts';
import { casePlan } from './viewScenes.ts';

type Loaded = Extract<CaseLoad, { status: 'ok' }>;

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
  // As the live chart: too many marks for SVG draws them without labels (its canvas).
  const dense = isDense(plan.visible.length);
  const scene = sceneAt(base, {
    window: plan.window,
    visible: dense ? undefined : new Set(plan.visible.map((m) => m.key)),
    labels: !dense,
  });
  return withoutNames(
    sceneSvg(scene, exportPalette(theme), {
      id: 'pre',
      links: dense ? [] : treatmentLinks(plan.layout, plan.c),
      caseId: plan.c.id,
    }).node,
  );
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
