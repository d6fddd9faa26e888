import { DEFAULT_LANE_ORDER, type Frame, type LaneId } from '../../core/layout/types.ts';

/**
 * The visible stretch of the axis. Kept in the frame's days when both ends fall on time, so a
 * window survives layout changes (a lane hidden, a break recomputed); in axis u when an end sits
 * in an order-only band, where days do not exist.
 */
export type ViewWindow = { unit: 'day' | 'u'; from: number; to: number };

/** Everything a reader can change about one timeline panel; all of it goes into the URL. */
export interface ViewState {
  /** Calendar time, or days relative to an anchor event. */
  frame: Frame;
  /** The visible window; null shows the whole axis. */
  window: ViewWindow | null;
  /** Lanes the reader collapsed. */
  hidden: LaneId[];
  /** Lane order, a permutation of every lane id. */
  order: LaneId[];
  /** Key of the mark whose details are open. */
  selected: string | null;
  /** True when the accessible table replaces the chart. */
  table: boolean;
}

/** The view a case opens with: the given default frame, everything visible, nothing selected. */
export function defaultViewState(frame: Frame): ViewState {
  return {
    frame,
    window: null,
    hidden: [],
    order: [...DEFAULT_LANE_ORDER],
    selected: null,
    table: false,
  };
}

/** Equality of frames, so a select that re-picks the current frame changes nothing. */
export function sameFrame(a: Frame, b: Frame): boolean {
  return a.mode === b.mode && (a.mode === 'calendar' || a.anchor === b.anchor);
}
