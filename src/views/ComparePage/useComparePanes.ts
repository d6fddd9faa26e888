import { useMemo } from 'react';
import { useStore } from 'zustand';
import {
  caseAnchor,
  sharedLogDomains,
  type AnchorKind,
  type CaseAnchor,
} from '../../core/compare/index.ts';
import { layoutAligned } from '../../core/layout/index.ts';
import type { Frame, LaneId, TimelineLayout } from '../../core/layout/types.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { CompareStore } from '../../app/compare/index.ts';
import { createViewStore, type ViewStore } from '../../app/viewStore/index.ts';
import { defaultViewState } from '../../app/viewStore/index.ts';
import { alignedLaneHeights } from '../../scene/index.ts';

type Loaded = Extract<CaseLoad, { status: 'ok' }>;

/** Two cases ready to draw: their view stores and their layouts on one axis. */
export interface ComparePanes {
  loads: [Loaded, Loaded];
  anchors: [CaseAnchor, CaseAnchor];
  stores: readonly [ViewStore, ViewStore];
  layouts: [TimelineLayout, TimelineLayout];
  /** The lane order both panes share (the first pane's, as lanes move together). */
  order: readonly LaneId[];
  /** Lane heights that line both panes up at the default chart width (paneLaneHeights refines them). */
  laneHeights: Map<LaneId, number>;
  domains: Array<ReadonlyMap<string, [number, number]>>;
}

const okLoad = (cases: readonly CaseLoad[], id: string | null) => {
  const load = cases.find((c) => c.entry.id === id);
  return load?.status === 'ok' ? load : null;
};

/** The pane stores of a pair: remade when a case or the anchor changes, seeded from the settings. */
function usePaneStores(
  store: CompareStore,
  pair: [Loaded, Loaded] | null,
  anchor: AnchorKind,
): { anchors: [CaseAnchor, CaseAnchor]; stores: readonly [ViewStore, ViewStore] } | null {
  return useMemo(() => {
    if (!pair) return null;
    const seed = store.getState();
    const anchors = pair.map((l) => caseAnchor(l.case, l.resolved, anchor)) as [
      CaseAnchor,
      CaseAnchor,
    ];
    const stores = anchors.map((an, i) =>
      createViewStore({
        ...defaultViewState({ mode: 'relative', anchor: an.id }),
        window: seed.windows[i] ?? null,
        hidden: seed.hidden,
      }),
    ) as [ViewStore, ViewStore];
    return { anchors, stores };
  }, [store, pair, anchor]);
}

/**
 * Everything the comparison draws for the chosen pair, or null until two loaded cases are chosen:
 * each case in days from its own anchor, both on one shared axis, lanes of one kind at one height,
 * and kinetics of the same quantity on one log scale.
 */
export function useComparePanes(
  store: CompareStore,
  cases: readonly CaseLoad[],
): ComparePanes | null {
  const a = useStore(store, (s) => s.a);
  const b = useStore(store, (s) => s.b);
  const anchor = useStore(store, (s) => s.anchor);
  // Keyed on the loads themselves: the list is rebuilt on every app render, the loads are not.
  const la = okLoad(cases, a);
  const lb = okLoad(cases, b);
  const pair = useMemo(() => (la && lb ? ([la, lb] as [Loaded, Loaded]) : null), [la, lb]);
  const panes = usePaneStores(store, pair, anchor);
  // Lanes collapse and move together in both panes, so the first pane's lanes speak for both.
  const first = panes?.stores[0] ?? FALLBACK_STORE;
  const hidden = useStore(first, (s) => s.hidden);
  const order = useStore(first, (s) => s.order);
  return useMemo(() => {
    if (!pair || !panes) return null;
    const frames: Frame[] = panes.anchors.map((an) => ({ mode: 'relative', anchor: an.id }));
    const layouts = layoutAligned(
      pair.map((l, i) => ({
        c: l.case,
        rc: l.resolved,
        frame: frames[i]!,
        laneOrder: order,
        hiddenLanes: hidden,
      })),
    ) as [TimelineLayout, TimelineLayout];
    return {
      loads: pair,
      anchors: panes.anchors,
      stores: panes.stores,
      layouts,
      order,
      laneHeights: alignedLaneHeights(layouts, order),
      domains: sharedLogDomains(pair.map((l) => l.case)),
    };
  }, [pair, panes, hidden, order]);
}

// Hooks cannot be called conditionally: before a pair is chosen, subscribe to an idle store.
const FALLBACK_STORE = createViewStore(defaultViewState({ mode: 'calendar', anchor: null }));
