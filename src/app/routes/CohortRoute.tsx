import { useCallback, useMemo } from 'react';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { LibrarySummary } from '../../core/library/summaryFile.ts';
import { filterEntries } from '../../core/search/index.ts';
import { useLibraryFilter } from '../library/libraryFilterUrl.ts';
import { useLibraryStore } from '../store/index.ts';
import { libraryEntries } from './libraryEntries.ts';
import { LibrarySearch } from '../../views/LibrarySearch/LibrarySearch.tsx';
import { CohortPage } from '../../views/CohortPage/CohortPage.tsx';

/** Props of CohortRoute. */
export interface CohortRouteProps {
  summary: LibrarySummary;
  opened: readonly CaseLoad[];
}

/**
 * The cohort page of the entries the library search in the address keeps (all when it has none),
 * with that search above the chart. Each entry carries its swimmer row, so the page draws without
 * reading a case file; a filtered cohort is the cohort of the filtered cases. The page is imported
 * here, not lazily beside the route: a second suspension would hold the page back (React reveals
 * a suspended boundary no sooner than 300 ms after its fallback).
 */
export function CohortRoute({ summary, opened }: CohortRouteProps) {
  const [filter, setFilter] = useLibraryFilter();
  const all = useMemo(() => libraryEntries(summary, opened), [summary, opened]);
  const entries = useMemo(() => filterEntries(all, filter), [all, filter]);
  const read = useLibraryStore((s) => s.readCases);
  const readCases = useCallback(() => read(entries.map((e) => e.id)), [read, entries]);
  const search = (
    <LibrarySearch
      entries={all}
      filter={filter}
      onFilter={setFilter}
      matched={entries.length}
      folded
    />
  );
  return <CohortPage entries={entries} readCases={readCases} search={search} />;
}
