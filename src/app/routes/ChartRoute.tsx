import { useMemo, type ReactElement } from 'react';
import { entryCohort, type Cohort } from '../../core/cohort/index.ts';
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
  /**
   * Draws the chart once its cases are read; `order` is every loadable case id, for stepping; a
   * cohort comes as its rows (`cohort`), made from the summary, with no case read.
   */
  render: (cases: CaseLoad[], order: string[], cohort: Cohort | null) => ReactElement;
}

/**
 * An embed's or a presentation's data: only the cases its link shows, read and checked in full;
 * a cohort's rows come from the library summary, so it reads no case file.
 */
export function ChartRoute({ query, summary, opened, render }: ChartRouteProps) {
  const entries = useMemo(() => libraryEntries(summary, opened), [summary, opened]);
  const shown = useMemo(() => chartCaseIds(query, entries), [query, entries]);
  const order = useMemo(() => entries.filter((e) => e.status === 'ok').map((e) => e.id), [entries]);
  const isCohort = parseEmbedQuery(query).options.view === 'cohort';
  const cohort = useMemo(() => {
    if (!isCohort) return null;
    const kept = new Set(shown);
    return entryCohort(entries.filter((e) => kept.has(e.id)));
  }, [isCohort, shown, entries]);
  const { loads, pending } = useCaseLoads(isCohort ? NONE : shown);
  return pending ? <LoadStatus status="loading" /> : render(loads, order, cohort);
}

const NONE: readonly string[] = [];
