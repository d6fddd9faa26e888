import { useCallback, useEffect, useState } from 'react';
import { hashQuery, withHashQuery } from '../url/index.ts';
import { parseFilterQuery, withFilterQuery } from '../../core/search/index.ts';
import {
  DEFAULT_COHORT_QUERY,
  formatCohortQuery,
  parseCohortQuery,
  type CohortQuery,
} from '../../core/cohort/index.ts';

/** Hash path of the cohort page, without its query. */
export const COHORT_PATH = '#/cohort';

// The build renders the page with no address (scripts/prerenderPages.tsx): the default view.
const onCohort = () =>
  typeof window !== 'undefined' &&
  withHashQuery(window.location.hash, '').replace(/\/$/, '') === COHORT_PATH;

/**
 * The cohort view state, kept in the address when `urlSync` is on: read on mount and when the
 * reader edits or pastes the address, written (replacing, not adding, history) on every change,
 * so the address always is a permalink of what is on screen. `initial` is the view when the
 * address is not read.
 */
export function useCohortQuery(
  knownIds: readonly string[],
  urlSync: boolean,
  initial: CohortQuery = DEFAULT_COHORT_QUERY,
): [CohortQuery, (next: CohortQuery) => void] {
  const idsKey = knownIds.join('\n');
  const read = useCallback(
    () => parseCohortQuery(hashQuery(window.location.hash), idsKey.split('\n')),
    [idsKey],
  );
  const [query, setQuery] = useState<CohortQuery>(() => (urlSync && onCohort() ? read() : initial));

  useEffect(() => {
    if (!urlSync) return;
    const sync = () => {
      if (onCohort()) setQuery(read());
    };
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, [urlSync, read]);

  useEffect(() => {
    if (!urlSync || !onCohort()) return;
    // The library search in the same query chooses the cases; it is the search's to change.
    const search = parseFilterQuery(hashQuery(window.location.hash));
    const next = withHashQuery(
      window.location.hash,
      withFilterQuery(formatCohortQuery(query), search),
    );
    if (next !== window.location.hash) window.history.replaceState(window.history.state, '', next);
  }, [urlSync, query]);

  return [query, setQuery];
}
