import { useCallback, useMemo, useState, type ReactElement } from 'react';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import type { LibraryEntry, LibrarySummary } from '../../core/library/librarySummary.ts';
import type { LibraryFilter } from '../../core/search/index.ts';
import { useCaseLoads } from '../library/useCaseLoads.ts';
import { useLibraryFilter } from '../library/libraryFilterUrl.ts';
import { libraryEntries } from './libraryEntries.ts';

/** What the comparison page gets from its route. */
export interface CompareRouteData {
  /** The cases read so far among those chosen. */
  cases: CaseLoad[];
  /** Every case the reader can choose. */
  entries: LibraryEntry[];
  /** Asks for the chosen cases to be read. */
  onNeed: (ids: string[]) => void;
  /** The library search in the address. */
  filter: LibraryFilter;
  /** Puts a changed search into the address. */
  onFilter: (f: LibraryFilter) => void;
}

/** Props of CompareRoute. */
export interface CompareRouteProps {
  summary: LibrarySummary;
  opened: readonly CaseLoad[];
  render: (data: CompareRouteData) => ReactElement;
}

/**
 * A comparison's data: every case to choose from (the summary), and only the two chosen read and
 * checked in full; the picker's search is the library's search, kept in the address.
 */
export function CompareRoute({ summary, opened, render }: CompareRouteProps) {
  const entries = useMemo(() => libraryEntries(summary, opened), [summary, opened]);
  const [need, setNeed] = useState<string[]>([]);
  const onNeed = useCallback((ids: string[]) => setNeed(ids), []);
  const { loads } = useCaseLoads(need);
  const [filter, setFilter] = useLibraryFilter();
  const onFilter = useCallback((f: LibraryFilter) => setFilter(f, 'replace'), [setFilter]);
  return render({ cases: loads, entries, onNeed, filter, onFilter });
}
