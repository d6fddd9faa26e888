import { lazy, Suspense, type ReactNode } from 'react';
import type { CaseLoad } from '../core/library/loadLibrary.ts';
import type { Route } from './router/route.ts';
import type { LibraryState } from './store/libraryStore.ts';
import { CaseRoute } from './routes/CaseRoute.tsx';
import { CohortScreen } from './routes/CohortScreen.tsx';
import { LandingRoute } from './routes/LandingRoute.tsx';
import { useOnDemand } from './routes/useOnDemand.ts';
import { LoadStatus } from '../views/LoadStatus/LoadStatus.tsx';
import { NotFound } from '../views/NotFound/NotFound.tsx';

// Pages with charts carry d3-zoom, d3-brush and the timeline: loaded on demand so the landing page starts light.
const loadCasePage = () => import('../views/CasePage/CasePage.tsx');
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
// Routes that list the reader's own files beside the library make entries of them with the
// resolver and layout: loaded with their pages, never on the landing page.
const CompareRoute = lazy(() =>
  import('./routes/CompareRoute.tsx').then((m) => ({ default: m.CompareRoute })),
);
const ChartRoute = lazy(() =>
  import('./routes/ChartRoute.tsx').then((m) => ({ default: m.ChartRoute })),
);

/**
 * The case page, drawn as soon as its code is here: loaded without React.lazy, whose boundary
 * reveals no sooner than 300 ms after its fallback showed (as CohortScreen does for the cohort).
 */
function CasePageOnDemand({ load }: { load: CaseLoad }) {
  const page = useOnDemand(loadCasePage);
  if (page.status === 'failed') return <LoadStatus status="failed" message={page.message} />;
  if (page.status === 'loading') return <LoadStatus status="loading" />;
  const { CasePage } = page.module;
  return <CasePage load={load} />;
}

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
  if (route.name === 'landing') return <LandingRoute state={state} />;
  if (route.name === 'not-found') return <NotFound />;
  // The editor works on drafts in this browser: it does not wait for the library.
  if (route.name === 'editor') return lazyPage(<Editor draftId={route.draft} />);
  if (state.status === 'failed') return <LoadStatus status="failed" message={state.message} />;
  if (state.status !== 'ready') return <LoadStatus status="loading" />;
  const { summary } = state;
  switch (route.name) {
    case 'compare':
      return lazyPage(
        <CompareRoute
          summary={summary}
          opened={opened}
          render={(d) => lazyPage(<ComparePage {...d} />)}
        />,
      );
    case 'cohort':
      // Loaded on demand without suspending (CohortScreen says why).
      return <CohortScreen summary={summary} opened={opened} />;
    case 'embed':
      return lazyPage(
        <ChartRoute
          query={route.query}
          summary={summary}
          opened={opened}
          render={(cases, _order, cohort) =>
            lazyPage(<Embed query={route.query} cases={cases} {...(cohort ? { cohort } : {})} />)
          }
        />,
      );
    case 'present':
      return lazyPage(
        <ChartRoute
          query={route.query}
          summary={summary}
          opened={opened}
          render={(cases, order, cohort) =>
            lazyPage(
              <Present
                query={route.query}
                cases={cases}
                order={order}
                {...(cohort ? { cohort } : {})}
              />,
            )
          }
        />,
      );
    case 'case':
      return (
        <CaseRoute
          id={route.id}
          summary={summary}
          opened={opened}
          render={(load) => lazyPage(<CasePageOnDemand load={load} />)}
        />
      );
  }
}
