import { useCallback, useMemo, type ReactElement } from 'react';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { LibraryEntry, LibrarySummary } from '../../core/library/summaryFile.ts';
import { filterEntries } from '../../core/search/index.ts';
import { useLibraryFilter } from '../library/libraryFilterUrl.ts';
import { useLibraryStore } from '../store/index.ts';
import { libraryEntries } from './libraryEntries.ts';
import { LibrarySearch } from '../../views/LibrarySearch/LibrarySearch.tsx';

/** What the cohort page gets from its route. */
export interface CohortRouteData {
  /** The entries the library search keeps (every case when it has none), in library order. */
  entries: LibraryEntry[];
  /** Reads those cases in full, for what only a full case gives (the offline file). */
  readCases: () => Promise<CaseLoad[]>;
}

/** Props of CohortRoute. */
export interface CohortRouteProps {
  summary: LibrarySummary;
  opened: readonly CaseLoad[];
  /** Draws the page from the kept entries, with the library search to show above the chart. */
  render: (data: CohortRouteData, search: ReactElement) => ReactElement;
}

/**
 * A cohort's data: the entries the library search in the address keeps (all when it has none).
 * Each entry carries its swimmer row, so the page draws without reading a case file; a filtered
 * cohort is the cohort of the filtered cases.
 */
export function CohortRoute({ summary, opened, render }: CohortRouteProps) {
  const [filter, setFilter] = useLibraryFilter();
  const all = useMemo(() => libraryEntries(summary, opened), [summary, opened]);
  const entries = useMemo(() => filterEntries(all, filter), [all, filter]);
  const read = useLibraryStore((s) => s.readCases);
  const readCases = useCallback(() => read(entries.map((e) => e.id)), [read, entries]);
  const data = useMemo(() => ({ entries, readCases }), [entries, readCases]);
  const search = (
    <LibrarySearch
      entries={all}
      filter={filter}
      onFilter={setFilter}
      matched={entries.length}
      folded
    />
  );
  return render(data, search);
}
