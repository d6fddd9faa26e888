import { useMemo, useState, type ReactElement } from 'react';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { LibrarySummary } from '../../core/library/librarySummary.ts';
import { filterEntries } from '../../core/search/index.ts';
import { useCaseLoads } from '../library/useCaseLoads.ts';
import { useLibraryFilter } from '../library/libraryFilterUrl.ts';
import { libraryEntries } from './libraryEntries.ts';
import { LoadStatus } from '../../views/LoadStatus/LoadStatus.tsx';
import { LibrarySearch } from '../../views/LibrarySearch/LibrarySearch.tsx';

/** Props of CohortRoute. */
export interface CohortRouteProps {
  summary: LibrarySummary;
  opened: readonly CaseLoad[];
  /**
   * Draws the page with the kept cases read so far (all of them, or the last full set while a
   * changed search reads more) and the library search to show above the chart.
   */
  render: (cases: CaseLoad[], search: ReactElement) => ReactElement;
}

/**
 * A cohort's data: the cases the library search in the address keeps (all when it has none), each
 * read and checked in full. A filtered cohort is the cohort of the filtered cases.
 */
export function CohortRoute({ summary, opened, render }: CohortRouteProps) {
  const [filter, setFilter] = useLibraryFilter();
  const entries = useMemo(() => libraryEntries(summary, opened), [summary, opened]);
  const ids = useMemo(() => filterEntries(entries, filter).map((e) => e.id), [entries, filter]);
  const { loads, pending } = useCaseLoads(ids);
  // While a changed search reads more cases, the page keeps the cohort it has (the search box
  // keeps its focus); only the first visit waits with a status.
  const [shown, setShown] = useState<CaseLoad[] | null>(null);
  if (!pending && shown !== loads) setShown(loads);
  if (shown === null) return <LoadStatus status="loading" />;
  const search = (
    <LibrarySearch
      entries={entries}
      filter={filter}
      onFilter={setFilter}
      matched={ids.length}
      folded
    />
  );
  return render(shown, search);
}
