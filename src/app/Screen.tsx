import { lazy, Suspense, type ReactNode } from 'react';
import type { CaseLoad } from '../core/library/loadLibrary.ts';
import type { Route } from './router/route.ts';
import { availableCases, type LibraryState } from './store/libraryStore.ts';
import { Landing } from '../views/Landing/Landing.tsx';
import { LoadStatus } from '../views/LoadStatus/LoadStatus.tsx';
import { NotFound } from '../views/NotFound/NotFound.tsx';

// Pages with charts carry d3-zoom, d3-brush and the timeline: loaded on demand so the landing page starts light.
const CasePage = lazy(() =>
  import('../views/CasePage/CasePage.tsx').then((m) => ({ default: m.CasePage })),
);
const ComparePage = lazy(() =>
  import('../views/ComparePage/ComparePage.tsx').then((m) => ({ default: m.ComparePage })),
);
const Embed = lazy(() => import('../views/Embed/Embed.tsx').then((m) => ({ default: m.Embed })));
const Present = lazy(() =>
  import('../views/Present/Present.tsx').then((m) => ({ default: m.Present })),
);
const Editor = lazy(() =>
  import('../views/Editor/Editor.tsx').then((m) => ({ default: m.Editor })),
);
const CohortPage = lazy(() =>
  import('../views/CohortPage/CohortPage.tsx').then((m) => ({ default: m.CohortPage })),
);

/** Props of Screen. */
export interface ScreenProps {
  /** Where the address points. */
  route: Route;
  /** The library as loaded so far. */
  state: LibraryState;
  /** Cases the reader opened from their own files. */
  opened?: readonly CaseLoad[];
}

const lazyPage = (page: ReactNode) => (
  <Suspense fallback={<LoadStatus status="loading" />}>{page}</Suspense>
);

/** Picks the view for a route; a case id is only "not found" once the library has loaded. */
export function Screen({ route, state, opened = [] }: ScreenProps) {
  if (route.name === 'landing') return <Landing state={state} />;
  if (route.name === 'not-found') return <NotFound />;
  // The editor works on drafts in this browser: it does not wait for the library.
  if (route.name === 'editor') return lazyPage(<Editor draftId={route.draft} />);
  if (state.status === 'failed') return <LoadStatus status="failed" message={state.message} />;
  if (state.status !== 'ready') return <LoadStatus status="loading" />;
  const cases = availableCases(state, opened);
  switch (route.name) {
    case 'compare':
      return lazyPage(<ComparePage cases={cases} />);
    case 'cohort':
      return lazyPage(<CohortPage cases={cases} />);
    case 'embed':
      return lazyPage(<Embed query={route.query} cases={cases} />);
    case 'present':
      return lazyPage(<Present query={route.query} cases={cases} />);
    case 'case': {
      const load = cases.find((c) => c.entry.id === route.id);
      if (!load) return <NotFound caseId={route.id} />;
      return lazyPage(<CasePage load={load} />);
    }
  }
}
