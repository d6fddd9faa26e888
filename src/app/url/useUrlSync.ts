import { useEffect } from 'react';
import type { ViewStore } from '../viewStore/createViewStore.ts';
import type { ViewState } from '../viewStore/viewState.ts';
import { hashQuery, withHashQuery } from './hashQuery.ts';
import { formatViewQuery, parseViewQuery, type ViewQueryContext } from './viewQuery.ts';

// Zooming changes the window every frame; browsers throttle (and complain about) a flood of
// history updates, and a link only needs the view once the reader pauses.
const WRITE_DELAY_MS = 150;

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
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Only while the address still shows this panel's page: never write onto another route.
    const here = () => withHashQuery(window.location.hash, '') === path;
    const write = () => {
      timer = undefined;
      if (!here()) return;
      const next = withHashQuery(window.location.hash, formatViewQuery(store.getState(), ctx));
      if (next !== window.location.hash)
        window.history.replaceState(window.history.state, '', next);
    };
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
    };
    const read = () => {
      if (!here()) return;
      const fromUrl = parseViewQuery(hashQuery(window.location.hash), ctx);
      const current = formatViewQuery(viewOf(store.getState()), ctx);
      if (formatViewQuery(fromUrl, ctx) !== current) store.getState().replace(fromUrl);
    };
    const unsubscribe = store.subscribe(schedule);
    window.addEventListener('hashchange', read);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', read);
      clearTimeout(timer);
    };
  }, [store, ctx, path, enabled]);
}
