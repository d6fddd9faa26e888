// A case's scene built as <Timeline> builds it (layout, kinetics summaries, lane order, target),
// for tests that check the scene's numbers against what the views draw.
import type { Case } from '../../../src/core/format/index.ts';
import { layoutTimeline } from '../../../src/core/layout/index.ts';
import {
  DEFAULT_LANE_ORDER,
  type Frame,
  type LaneId,
  type TimelineLayout,
} from '../../../src/core/layout/types.ts';
import type { ResolvedCase } from '../../../src/core/time/types.ts';
import {
  kineticsSummaries,
  sceneAt,
  sceneBase,
  SCREEN,
  type Scene,
  type SceneBase,
  type SceneTarget,
} from '../../../src/scene/index.ts';

/** What to build a case's scene for. */
export interface CaseSceneOptions {
  /** The frame; the calendar when absent. */
  frame?: Frame;
  /** Lanes the reader collapsed. */
  hiddenLanes?: LaneId[];
  /** Lanes top to bottom. */
  order?: readonly LaneId[];
  /** The target; the screen when absent. */
  target?: SceneTarget;
  /** Chart width; 1200 when absent. */
  width?: number;
}

/** Kinetics summaries of a layout's kinetics tracks, counted from the frame's anchor (as Timeline does). */
export function summariesOf(c: Case, rc: ResolvedCase, layout: TimelineLayout, frame: Frame) {
  return kineticsSummaries(
    c,
    rc,
    layout,
    frame.mode === 'relative' ? frame.anchor : rc.defaultAnchor,
  );
}

/** The layout and the scene base of a case. */
export function caseBase(
  c: Case,
  rc: ResolvedCase,
  opts: CaseSceneOptions = {},
): { layout: TimelineLayout; base: SceneBase } {
  const frame = opts.frame ?? { mode: 'calendar', anchor: null };
  const order = opts.order ?? DEFAULT_LANE_ORDER;
  const layout = layoutTimeline(c, rc, {
    frame,
    laneOrder: [...order],
    hiddenLanes: opts.hiddenLanes ?? [],
  });
  const base = sceneBase({
    layout,
    order,
    target: opts.target ?? SCREEN,
    width: opts.width ?? 1200,
    summaries: summariesOf(c, rc, layout, frame),
  });
  return { layout, base };
}

/** The whole scene of a case at the full view (the window the chart opens on when zoomed out). */
export function caseScene(c: Case, rc: ResolvedCase, opts: CaseSceneOptions = {}): Scene {
  const { layout, base } = caseBase(c, rc, opts);
  return sceneAt(base, { window: [0, layout.axis.uMax] });
}
