import { useEffect } from 'react';
import type { ViewStore } from '../viewStore/createViewStore.ts';
import { bindHashQuery } from '../url/bindHashQuery.ts';
import { hashQuery } from '../url/hashQuery.ts';
import { parseFilterQuery, withFilterQuery } from '../../core/search/index.ts';
import { formatCompareQuery, parseCompareQuery, type CompareView } from './compareQuery.ts';
import type { CompareStore } from './compareStore.ts';

/** The comparison as a link would carry it: settings from the store, windows and lanes from the panes. */
export function currentCompareView(
  store: CompareStore,
  panes: readonly [ViewStore, ViewStore] | null,
): CompareView {
  const s = store.getState();
  const view: CompareView = {
    a: s.a,
    b: s.b,
    anchor: s.anchor,
    layout: s.layout,
    lock: s.lock,
    windows: s.windows,
    hidden: s.hidden,
  };
  if (!panes) return view;
  const [pa, pb] = panes.map((p) => p.getState());
  return { ...view, windows: [pa!.window, pb!.window], hidden: pa!.hidden };
}

/**
 * Keeps the address and the comparison in step: any change to the settings or to either pane
 * replaces the link's query (no history entry per zoom step); an edited or pasted link updates
 * them. `path` is the page's hash without query ("#/compare"); `ids` are the cases a link may name.
 */
export function useCompareUrlSync(
  store: CompareStore,
  panes: readonly [ViewStore, ViewStore] | null,
  ids: ReadonlySet<string>,
  path: string,
  enabled = true,
): void {
  useEffect(() => {
    if (!enabled) return;
    return bindHashQuery({
      path,
      writeAtStart: true,
      // The library search the picker offers cases by shares the query; it is the search's to change.
      format: () =>
        withFilterQuery(
          formatCompareQuery(currentCompareView(store, panes)),
          parseFilterQuery(hashQuery(window.location.hash)),
        ),
      apply: (query) => {
        const next = parseCompareQuery(query, ids);
        const now = currentCompareView(store, panes);
        if (formatCompareQuery(next) === formatCompareQuery(now)) return;
        const samePanes = next.a === now.a && next.b === now.b && next.anchor === now.anchor;
        if (samePanes && panes) {
          // Same cases and anchor: move the live panes rather than rebuilding them.
          panes.forEach((p, i) => p.setState({ window: next.windows[i], hidden: next.hidden }));
          store.setState({ layout: next.layout, lock: next.lock });
        } else {
          store.getState().replace(next);
        }
      },
      subscribe: (onChange) => {
        const offs = [
          store.subscribe(onChange),
          ...(panes ?? []).map((p) => p.subscribe(onChange)),
        ];
        return () => offs.forEach((off) => off());
      },
    });
  }, [store, panes, ids, path, enabled]);
}
