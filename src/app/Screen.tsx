import { lazy, Suspense } from 'react';
import type { Route } from './router/route.ts';
import type { LibraryState } from './store/libraryStore.ts';
import { Landing } from '../views/Landing/Landing.tsx';
import { LoadStatus } from '../views/LoadStatus/LoadStatus.tsx';
import { NotFound } from '../views/NotFound/NotFound.tsx';

// The case page carries the timeline, d3-zoom and d3-brush: loaded on demand so the landing page starts light.
const CasePage = lazy(() =>
  import('../views/CasePage/CasePage.tsx').then((m) => ({ default: m.CasePage })),
);

/** Props of Screen. */
export interface ScreenProps {
  /** Where the address points. */
  route: Route;
  /** The library as loaded so far. */
  state: LibraryState;
}

/** Picks the view for a route; a case id is only "not found" once the library has loaded. */
export function Screen({ route, state }: ScreenProps) {
  switch (route.name) {
    case 'landing':
      return <Landing state={state} />;
    case 'not-found':
      return <NotFound />;
    case 'case': {
      if (state.status === 'failed') return <LoadStatus status="failed" message={state.message} />;
      if (state.status !== 'ready') return <LoadStatus status="loading" />;
      const load = state.library.cases.find((c) => c.entry.id === route.id);
      if (!load) return <NotFound caseId={route.id} />;
      return (
        <Suspense fallback={<LoadStatus status="loading" />}>
          <CasePage load={load} />
        </Suspense>
      );
    }
  }
}
