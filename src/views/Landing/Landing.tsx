import { useMemo, useState } from 'react';
import type { LibraryState } from '../../app/store/index.ts';
import { cohortHref, editHref } from '../../app/router/index.ts';
import { useEndPrerender } from '../../app/prerender/index.ts';
import type { LibrarySummary } from '../../core/library/librarySummary.ts';
import {
  EMPTY_FILTER,
  filterEntries,
  isEmptyFilter,
  withFilterQuery,
  type LibraryFilter,
} from '../../core/search/index.ts';
import { LibrarySearch, type FilterChange } from '../LibrarySearch/LibrarySearch.tsx';
import { LoadStatus } from '../LoadStatus/LoadStatus.tsx';
import { OpenCase } from '../OpenCase/OpenCase.tsx';
import { ProblemList } from '../ProblemList/ProblemList.tsx';
import { LibraryGrid } from './LibraryGrid.tsx';

/** Props of Landing. */
export interface LandingProps {
  /** The library summary as loaded so far. */
  state: LibraryState;
  /** The search and facet choices (the app keeps them in the address); held here when absent. */
  filter?: LibraryFilter;
  /** Takes a changed search. */
  onFilter?: (f: LibraryFilter, how: FilterChange) => void;
}

/**
 * The landing page: the library's search, one card per case it keeps (a page at a time), then
 * the reader's own files. Drawn from the library summary alone; no case file is read here.
 */
export function Landing({ state, filter, onFilter }: LandingProps) {
  const [own, setOwn] = useState<LibraryFilter>(EMPTY_FILTER);
  const current = filter ?? own;
  const change = onFilter ?? ((f: LibraryFilter) => setOwn(f));
  // Its cards (or why there are none) are drawn: the build's picture of this page can go. Not
  // before the library is read: its state is "idle", then "loading", until then.
  useEndPrerender(state.status === 'ready' || state.status === 'failed');
  return (
    <>
      <h1 tabIndex={-1}>Case library</h1>
      <p className="landing__new">
        <a href={editHref()}>New case</a>: curate a case report in the editor, with a live timeline.
      </p>
      {state.status === 'ready' ? (
        <LibraryCards summary={state.summary} filter={current} onFilter={change} />
      ) : state.status === 'failed' ? (
        <LoadStatus status="failed" message={state.message} />
      ) : (
        <LoadStatus status="loading" />
      )}
      <OpenCase />
    </>
  );
}

function LibraryCards({
  summary,
  filter,
  onFilter,
}: {
  summary: LibrarySummary;
  filter: LibraryFilter;
  onFilter: (f: LibraryFilter, how: FilterChange) => void;
}) {
  const { indexOk, indexProblems, cases } = summary;
  const kept = useMemo(() => filterEntries(cases, filter), [cases, filter]);
  const query = withFilterQuery('', filter);
  return (
    <>
      {!indexOk ? (
        <p className="lede">The library index could not be read, so no case can be listed.</p>
      ) : (
        <p className="lede">
          {cases.length} CAR-T case {cases.length === 1 ? 'report' : 'reports'}, curated from their
          published sources. Open a case to see its events in order, with each time as resolved and
          as the source words it.
        </p>
      )}
      <ProblemList problems={indexProblems} />
      {cases.length > 0 && (
        <div className="library">
          <LibrarySearch
            entries={cases}
            filter={filter}
            onFilter={onFilter}
            matched={kept.length}
          />
          <p className="library__cohort">
            <a href={query ? `${cohortHref}?${query}` : cohortHref}>
              {isEmptyFilter(filter)
                ? 'See every case as a cohort'
                : `See ${kept.length === 1 ? 'this case' : `these ${kept.length} cases`} as a cohort`}
            </a>
          </p>
          {kept.length === 0 ? (
            <p className="library__none">
              No case matches. Change the words or the filters, or clear the search.
            </p>
          ) : (
            <LibraryGrid key={`${query}|${kept.length}`} entries={kept} />
          )}
        </div>
      )}
    </>
  );
}
