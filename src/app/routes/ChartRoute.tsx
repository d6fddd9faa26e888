import { useMemo, type ReactElement } from 'react';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { LibraryEntry, LibrarySummary } from '../../core/library/librarySummary.ts';
import { filterEntries, parseFilterQuery } from '../../core/search/index.ts';
import { parseEmbedQuery } from '../embed/embedQuery.ts';
import { useCaseLoads } from '../library/useCaseLoads.ts';
import { libraryEntries } from './libraryEntries.ts';
import { LoadStatus } from '../../views/LoadStatus/LoadStatus.tsx';

/**
 * The cases an embed or presentation link shows: its case, its two compared cases, or the cohort
 * of the cases its library search keeps (every case when it has none). Unknown ids are left out;
 * the view then says what is missing.
 */
export function chartCaseIds(query: string, entries: readonly LibraryEntry[]): string[] {
  const { options } = parseEmbedQuery(query);
  const known = new Set(entries.map((e) => e.id));
  const params = new URLSearchParams(query);
  const named =
    options.view === 'case'
      ? [options.caseId]
      : options.view === 'compare'
        ? [params.get('a'), params.get('b')]
        : null;
  if (named) return named.filter((id): id is string => id !== null && known.has(id));
  return filterEntries(entries, parseFilterQuery(query)).map((e) => e.id);
}

/** Props of ChartRoute. */
export interface ChartRouteProps {
  /** The embed or presentation link's query. */
  query: string;
  summary: LibrarySummary;
  opened: readonly CaseLoad[];
  /** Draws the chart once its cases are read; `order` is every loadable case id, for stepping. */
  render: (cases: CaseLoad[], order: string[]) => ReactElement;
}

/** An embed's or a presentation's data: only the cases its link shows, read and checked in full. */
export function ChartRoute({ query, summary, opened, render }: ChartRouteProps) {
  const entries = useMemo(() => libraryEntries(summary, opened), [summary, opened]);
  const ids = useMemo(() => chartCaseIds(query, entries), [query, entries]);
  const order = useMemo(() => entries.filter((e) => e.status === 'ok').map((e) => e.id), [entries]);
  const { loads, pending } = useCaseLoads(ids);
  return pending ? <LoadStatus status="loading" /> : render(loads, order);
}
