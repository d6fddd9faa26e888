// The scenes an export draws, built from the cases and the view the address holds (frame,
// window, lanes, alignment), never from the page: the file holds what the scene places, every
// mark in view, whether the screen drew them in SVG or on a dense canvas.
import { caseAnchor, sharedLogDomains, type CaseAnchor } from '../../core/compare/index.ts';
import type { DescribedChart } from '../../core/export/index.ts';
import type { Case } from '../../core/format/index.ts';
import {
  frameChoices,
  layoutAligned,
  layoutTimeline,
  treatmentLinks,
  type LaneId,
  type Mark,
  type TimelineLayout,
} from '../../core/layout/index.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { parseCompareQuery } from '../../app/compare/index.ts';
import { viewQueryContext } from '../../app/embed/index.ts';
import { hashQuery, parseViewQuery } from '../../app/url/index.ts';
import { defaultViewState, type ViewWindow } from '../../app/viewStore/index.ts';
import {
  buildScene,
  kineticsSummaries,
  sceneBase,
  sceneSvg,
  type ExportPart,
  type Scene,
  type SceneInput,
  type SceneTarget,
} from '../../scene/index.ts';
import type { ExportPalette } from '../../core/export/index.ts';
import { anchorText } from '../ComparePage/anchorText.ts';
import { visibleMarks } from '../Timeline/model/visibleMarks.ts';
import { windowToU } from '../Timeline/model/windowMath.ts';

type Loaded = Extract<CaseLoad, { status: 'ok' }>;

/** Width of an exported chart in CSS pixels: a slide's or a page's width, whatever the screen. */
export const EXPORT_WIDTH = 1200;
const EXPORT: SceneTarget = { kind: 'export' };

/** One chart to draw: its case, layout, frame in words and the window's scene input. */
export interface ChartPlan {
  /** The case. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
  /** Its layout in the view's frame. */
  layout: TimelineLayout;
  /** Lanes top to bottom. */
  order: readonly LaneId[];
  /** The window in axis u. */
  window: readonly [number, number];
  /** The event kinetics are counted from. */
  kineticsAnchor: string | null;
  /** Marks drawn: those with a part in the window. */
  visible: Mark[];
  /** The time axis in words. */
  frame: string | null;
  /** Lines above the chart (a comparison pane's). */
  heading?: string[];
  /** Shared kinetics domains (comparison). */
  domains?: ReadonlyMap<string, [number, number]>;
  /** Lane heights (a comparison's lanes one case lacks are thin rows). */
  align?: ReadonlyMap<LaneId, number>;
}

/** A plan with its scene. */
export interface DrawnChart extends ChartPlan {
  /** The scene at the export width and target, for the plan's window. */
  scene: Scene;
}

/** The scene input of a plan at the export's width and target. */
function inputOf(plan: ChartPlan, gutter?: number): SceneInput {
  return {
    layout: plan.layout,
    order: plan.order,
    target: EXPORT,
    width: EXPORT_WIDTH,
    summaries: kineticsSummaries(plan.c, plan.rc, plan.layout, plan.kineticsAnchor),
    domains: plan.domains,
    align: plan.align,
    gutter,
  };
}

/**
 * The scenes of the plans, stacked on one time axis: every chart gets the widest gutter any of
 * them needs, so one day is at one x in all of them.
 */
export function drawPlans(plans: readonly ChartPlan[]): DrawnChart[] {
  const gutter = Math.max(...plans.map((p) => sceneBase(inputOf(p)).gutter));
  return plans.map((p) => ({
    ...p,
    scene: buildScene(inputOf(p, gutter), {
      window: p.window,
      visible: new Set(p.visible.map((m) => m.key)),
    }),
  }));
}

/** The case page's chart in the view the address holds (frame, window, lanes). */
export function casePlan(load: Loaded, hash: string): ChartPlan {
  const { case: c, resolved: rc } = load;
  const view = parseViewQuery(hashQuery(hash), viewQueryContext(c, rc));
  const layout = layoutTimeline(c, rc, {
    frame: view.frame,
    laneOrder: view.order,
    hiddenLanes: view.hidden,
  });
  const window = windowToU(layout.axis, view.window);
  const choice = frameChoices(c, rc).find(
    (ch) => ch.frame.mode === view.frame.mode && ch.frame.anchor === view.frame.anchor,
  );
  return {
    c,
    rc,
    layout,
    order: view.order,
    window,
    kineticsAnchor: view.frame.mode === 'relative' ? view.frame.anchor : rc.defaultAnchor,
    visible: visibleMarks(
      layout.lanes.flatMap((l) => l.marks),
      window,
    ),
    frame: choice?.label ?? null,
  };
}

const ORDINALS = ['First', 'Second'];

/**
 * The comparison's two charts in the view the address holds: each case in days from its own
 * anchor on one shared axis, kinetics on shared scales, a lane one case lacks as a thin row.
 */
export function comparePlans(loads: readonly CaseLoad[], hash: string): ChartPlan[] {
  const ok = loads.filter((l): l is Loaded => l.status === 'ok');
  const view = parseCompareQuery(hashQuery(hash), new Set(ok.map((l) => l.entry.id)));
  const pair = [view.a, view.b].flatMap((id) => ok.find((l) => l.entry.id === id) ?? []);
  const loaded = pair.length === 2 ? pair : ok.slice(0, 2);
  const anchors: CaseAnchor[] = loaded.map((l) => caseAnchor(l.case, l.resolved, view.anchor));
  const { order } = defaultViewState({ mode: 'calendar', anchor: null });
  const layouts = layoutAligned(
    loaded.map((l, i) => ({
      c: l.case,
      rc: l.resolved,
      frame: { mode: 'relative', anchor: anchors[i]!.id },
      laneOrder: order,
      hiddenLanes: view.hidden,
    })),
  );
  const domains = sharedLogDomains(loaded.map((l) => l.case));
  // Every lane either case shows, in both charts; no height is forced (the charts are stacked).
  const lanes = new Set(layouts.flatMap((l) => l.lanes.map((lane) => lane.id)));
  const align = new Map([...lanes].map((id) => [id, 0]));
  return loaded.map((l, i) => {
    const layout = layouts[i]!;
    const w: ViewWindow | null = view.windows[i] ?? null;
    const window = windowToU(layout.axis, w);
    const day0 = anchorText(l.case, view.anchor, anchors[i]!);
    return {
      c: l.case,
      rc: l.resolved,
      layout,
      order,
      window,
      kineticsAnchor: anchors[i]!.id,
      visible: visibleMarks(
        layout.lanes.flatMap((lane) => lane.marks),
        window,
      ),
      frame: day0,
      heading: [`${ORDINALS[i] ?? 'Next'} case: ${l.case.title}`, day0],
      domains: domains[i]!,
      align,
    };
  });
}

/** Each chart drawn by sceneSvg, with its heading, in the palette's colours. */
export function chartParts(charts: readonly DrawnChart[], palette: ExportPalette): ExportPart[] {
  return charts.map((d, i) => ({
    ...(d.heading ? { heading: d.heading } : {}),
    chart: sceneSvg(d.scene, palette, {
      id: `chart${i}`,
      links: treatmentLinks(d.layout, d.c),
      caseId: d.c.id,
    }),
  }));
}

const POINT_KEY = /\[\d+\]$/;

/** What a drawn chart shows, for the file's description: lanes with their marks, events, points. */
export function describedChart(d: DrawnChart): DescribedChart {
  const keys = d.scene.marks.map((m) => m.key);
  const points = keys.filter((k) => POINT_KEY.test(k)).length;
  const lanes = d.scene.lanes
    .map((b, i) => ({ b, i }))
    .filter(({ b }) => !b.collapsed)
    .map(({ b, i }) => ({
      title: b.title,
      marks: d.scene.marks.filter((m) => m.laneIndex === i).length,
    }));
  return { title: d.c.title, frame: d.frame, lanes, events: keys.length - points, points };
}
