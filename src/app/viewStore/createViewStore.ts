import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Frame, LaneId } from '../../core/layout/types.ts';
import { sameFrame, type ViewState, type ViewWindow } from './viewState.ts';

/** What a panel can do to its view; every change keeps the state valid. */
export interface ViewActions {
  /** Switches the time frame; `convert` maps the window into the new frame's days, or null to show all. */
  setFrame: (frame: Frame, convert?: (w: ViewWindow) => ViewWindow | null) => void;
  /** Sets the visible window (null: all). Rounded so the URL round-trips it exactly. */
  setWindow: (w: ViewWindow | null) => void;
  /** Collapses or expands a lane. */
  toggleLane: (lane: LaneId) => void;
  /** Moves a lane one place up (-1) or down (+1) in the order. */
  moveLane: (lane: LaneId, by: -1 | 1) => void;
  /** Opens a mark's details (null closes them). */
  select: (key: string | null) => void;
  /** Shows the table instead of the chart, or back. */
  setTable: (table: boolean) => void;
  /** Replaces the whole state, e.g. from an edited URL. */
  replace: (state: ViewState) => void;
}

/** A view store: state plus actions. */
export type ViewStore = StoreApi<ViewState & ViewActions>;

/** Two decimals: fine enough for any zoom, and identical after a trip through the URL. */
const round = (n: number) => Math.round(n * 100) / 100;

/** A store for one timeline panel. Each panel (case page, comparison pane, embed) makes its own. */
export function createViewStore(initial: ViewState): ViewStore {
  return createStore<ViewState & ViewActions>()((set) => ({
    ...initial,
    setFrame: (frame, convert) =>
      set((s) =>
        sameFrame(s.frame, frame)
          ? {}
          : { frame, window: s.window && convert ? convert(s.window) : null },
      ),
    setWindow: (w) => set({ window: w && { unit: w.unit, from: round(w.from), to: round(w.to) } }),
    toggleLane: (lane) =>
      set((s) => ({
        hidden: s.hidden.includes(lane) ? s.hidden.filter((l) => l !== lane) : [...s.hidden, lane],
      })),
    moveLane: (lane, by) =>
      set((s) => {
        const i = s.order.indexOf(lane);
        const j = i + by;
        if (i < 0 || j < 0 || j >= s.order.length) return {};
        const order = [...s.order];
        [order[i], order[j]] = [order[j]!, order[i]!];
        return { order };
      }),
    select: (key) => set({ selected: key }),
    setTable: (table) => set({ table }),
    replace: (state) => set(state),
  }));
}
