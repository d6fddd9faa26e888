import { useCallback, useMemo } from 'react';
import type { Case } from '../../../core/format/index.ts';
import { frameChoices, layoutTimeline } from '../../../core/layout/index.ts';
import type { Frame, LaneId, Mark, TimelineLayout } from '../../../core/layout/types.ts';
import type { ResolvedCase } from '../../../core/time/types.ts';
import { useView } from '../../../app/viewStore/index.ts';
import { uToWindow, windowToU, clampU, type URange } from './windowMath.ts';
import { visibleMarks } from './visibleMarks.ts';

/** Everything the chart, overview, legend and table draw from: derived data, never stored. */
export interface TimelineModel {
  /** The case. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
  /** Frames the reader can pick, default first. */
  choices: Array<{ frame: Frame; label: string }>;
  /** The frame drawn. */
  frame: Frame;
  /** The core layout in that frame, lanes ordered and collapsed as the reader chose. */
  layout: TimelineLayout;
  /** The visible window in axis u. */
  window: URange;
  /** Every mark of the shown lanes (drawn or not at this zoom). */
  marks: Mark[];
  /** Marks with a part inside the window. */
  visible: Mark[];
  /** The event the kinetics are counted from: the frame's anchor, else the case's default. */
  kineticsAnchor: string | null;
  /** Key of the open mark. */
  selected: string | null;
  /** Lanes top to bottom, as the reader ordered them. */
  order: readonly LaneId[];
  /** Collapses or expands a lane. */
  toggleLane: (lane: LaneId) => void;
  /** Shows a window given in u (null: all), stored in days where possible. */
  setWindowU: (r: URange | null) => void;
  /** Opens (or closes, with null) a mark's details. */
  select: (key: string | null) => void;
}

/**
 * Derives the timeline of a case for the panel's current view (layout in useMemo, not in the store).
 * `given` is a layout made elsewhere for this view, e.g. one pane of a comparison on a shared axis.
 */
export function useTimelineModel(c: Case, rc: ResolvedCase, given?: TimelineLayout): TimelineModel {
  const frame = useView((s) => s.frame);
  const order = useView((s) => s.order);
  const hidden = useView((s) => s.hidden);
  const stored = useView((s) => s.window);
  const selected = useView((s) => s.selected);
  const setWindow = useView((s) => s.setWindow);
  const select = useView((s) => s.select);
  const toggleLane = useView((s) => s.toggleLane);

  const choices = useMemo(() => frameChoices(c, rc), [c, rc]);
  const layout = useMemo(
    () => given ?? layoutTimeline(c, rc, { frame, laneOrder: order, hiddenLanes: hidden }),
    [given, c, rc, frame, order, hidden],
  );
  const window = useMemo(() => windowToU(layout.axis, stored), [layout.axis, stored]);
  const marks = useMemo(() => layout.lanes.flatMap((l) => l.marks), [layout]);
  const visible = useMemo(() => visibleMarks(marks, window), [marks, window]);
  const { axis } = layout;
  const setWindowU = useCallback(
    (r: URange | null) => setWindow(r ? uToWindow(axis, clampU(r, axis.uMax)) : null),
    [axis, setWindow],
  );
  return {
    c,
    rc,
    choices,
    frame,
    layout,
    window,
    marks,
    visible,
    kineticsAnchor: frame.mode === 'relative' ? frame.anchor : rc.defaultAnchor,
    selected,
    order,
    toggleLane,
    setWindowU,
    select,
  };
}
