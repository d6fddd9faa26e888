import { useEffect } from 'react';
import type { ViewStore } from '../viewStore/createViewStore.ts';
import type { ViewState } from '../viewStore/viewState.ts';
import { bindHashQuery } from './bindHashQuery.ts';
import { formatViewQuery, parseViewQuery, type ViewQueryContext } from './viewQuery.ts';

const viewOf = (s: ViewState): ViewState => ({
  frame: s.frame,
  window: s.window,
  hidden: s.hidden,
  order: s.order,
  selected: s.selected,
  table: s.table,
});

/**
 * Keeps the URL and a panel's view store in step: store changes replace the URL's query (no new
 * history entry per zoom step); an edited or pasted URL updates the store. Off when `enabled` is
 * false (stories, tests, a second panel that must not own the URL). `path` is the page's hash
 * without query, e.g. "#/case/003-zhou".
 */
export function useUrlSync(
  store: ViewStore,
  ctx: ViewQueryContext,
  path: string,
  enabled = true,
): void {
  useEffect(() => {
    if (!enabled) return;
    return bindHashQuery({
      path,
      format: () => formatViewQuery(store.getState(), ctx),
      apply: (query) => {
        const fromUrl = parseViewQuery(query, ctx);
        const current = formatViewQuery(viewOf(store.getState()), ctx);
        if (formatViewQuery(fromUrl, ctx) !== current) store.getState().replace(fromUrl);
      },
      subscribe: (onChange) => store.subscribe(onChange),
    });
  }, [store, ctx, path, enabled]);
}
