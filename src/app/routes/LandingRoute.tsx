import type { LibraryState } from '../store/libraryStore.ts';
import { useLibraryFilter } from '../library/libraryFilterUrl.ts';
import { Landing } from '../../views/Landing/Landing.tsx';

/** The landing page with its search kept in the address (a link, and back and forward, work). */
export function LandingRoute({ state }: { state: LibraryState }) {
  const [filter, setFilter] = useLibraryFilter();
  return <Landing state={state} filter={filter} onFilter={setFilter} />;
}
