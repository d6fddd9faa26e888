// The library filter lives in the address ("#/?q=cd7&crs=not-reported", "#/cohort?…&target=CD7"),
// so a filtered view is a link, and back and forward step through the reader's choices.

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseFilterQuery, withFilterQuery, type LibraryFilter } from '../../core/search/index.ts';
import { hashQuery, withHashQuery } from '../url/hashQuery.ts';

const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('hashchange', onChange);
  };
}

const currentQuery = () => hashQuery(window.location.hash);

/** How a filter change enters history: a new entry (a facet choice) or in place (typing). */
export type FilterHistory = 'push' | 'replace';

/**
 * Writes a filter into the current address, keeping the page's other parameters, and tells every
 * reader of the filter. `history.pushState` fires no hashchange, so this notifies them itself.
 */
export function writeLibraryFilter(f: LibraryFilter, how: FilterHistory): void {
  const hash = window.location.hash || '#/';
  const next = withHashQuery(hash, withFilterQuery(hashQuery(hash), f));
  if (next === window.location.hash) return;
  if (how === 'push') window.history.pushState(window.history.state, '', next);
  else window.history.replaceState(window.history.state, '', next);
  listeners.forEach((l) => l());
}

/** The library filter in the address and the function that changes it. */
export function useLibraryFilter(): [
  LibraryFilter,
  (f: LibraryFilter, how: FilterHistory) => void,
] {
  const query = useSyncExternalStore(subscribe, currentQuery, () => '');
  const filter = useMemo(() => parseFilterQuery(query), [query]);
  const set = useCallback((f: LibraryFilter, how: FilterHistory) => writeLibraryFilter(f, how), []);
  return [filter, set];
}
