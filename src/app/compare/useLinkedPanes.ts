import { useEffect } from 'react';
import type { ViewStore } from '../viewStore/createViewStore.ts';
import type { ViewState, ViewWindow } from '../viewStore/viewState.ts';

const sameWindow = (a: ViewWindow | null, b: ViewWindow | null) =>
  a === b || (!!a && !!b && a.unit === b.unit && a.from === b.from && a.to === b.to);
const sameList = (a: readonly string[], b: readonly string[]) => a.join() === b.join();

/**
 * Keeps two comparison panes in step. Lanes always collapse and move together, so lanes of one kind
 * stay side by side; while `lock` is on, a zoom, pan or brush in one pane moves the other to the
 * same window (the panes share one axis, so the same window shows the same days). Turning the lock
 * on brings the second pane to the first's window. Opening a mark in one pane closes the other's.
 */
export function useLinkedPanes(panes: readonly [ViewStore, ViewStore] | null, lock: boolean): void {
  useEffect(() => {
    if (!panes) return;
    const [a, b] = panes;
    if (lock) b.getState().setWindow(a.getState().window);
    const follow = (to: ViewStore) => (s: ViewState, prev: ViewState) => {
      const t = to.getState();
      if (lock && s.window !== prev.window && !sameWindow(s.window, t.window))
        to.setState({ window: s.window });
      if (s.hidden !== prev.hidden && !sameList(s.hidden, t.hidden))
        to.setState({ hidden: s.hidden });
      if (s.order !== prev.order && !sameList(s.order, t.order)) to.setState({ order: s.order });
      // One mark's details at a time: both panes' sheets would open at one place on the page.
      if (s.selected && s.selected !== prev.selected && t.selected) to.setState({ selected: null });
    };
    const offA = a.subscribe(follow(b));
    const offB = b.subscribe(follow(a));
    return () => {
      offA();
      offB();
    };
  }, [panes, lock]);
}
