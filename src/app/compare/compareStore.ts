import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AnchorKind } from '../../core/compare/index.ts';
import type { CompareLayout, CompareView } from './compareQuery.ts';

/** What the comparison controls can change. */
export interface CompareActions {
  /** Puts a case in slot 0 (first) or 1 (second); both panes start over at the full axis. */
  setCase: (slot: 0 | 1, id: string | null) => void;
  /** Swaps the two cases. */
  swap: () => void;
  /** Aligns on another anchor kind; windows reset, since days from the old anchor mean nothing now. */
  setAnchor: (anchor: AnchorKind) => void;
  /** Stacked or side by side. */
  setLayout: (layout: CompareLayout) => void;
  /** Links or releases zoom and pan of the two panes. */
  setLock: (lock: boolean) => void;
  /** Replaces everything, e.g. from an edited link. */
  replace: (view: CompareView) => void;
}

/** The comparison's settings. Windows and hidden lanes here only seed new panes; each pane's own view store holds the live ones. */
export type CompareStore = StoreApi<CompareView & CompareActions>;

/** A store for one comparison page. */
export function createCompareStore(initial: CompareView): CompareStore {
  const fresh = { windows: [null, null] as CompareView['windows'] };
  return createStore<CompareView & CompareActions>()((set) => ({
    ...initial,
    setCase: (slot, id) => set(slot === 0 ? { a: id, ...fresh } : { b: id, ...fresh }),
    swap: () => set((s) => ({ a: s.b, b: s.a, windows: [s.windows[1], s.windows[0]] })),
    setAnchor: (anchor) => set((s) => (s.anchor === anchor ? {} : { anchor, ...fresh })),
    setLayout: (layout) => set({ layout }),
    setLock: (lock) => set({ lock }),
    replace: (view) => set(view),
  }));
}
