import type { CohortRouteProps } from './CohortRoute.tsx';
import { useOnDemand } from './useOnDemand.ts';
import { useEndPrerender } from '../prerender/useEndPrerender.ts';
import { LoadStatus } from '../../views/LoadStatus/LoadStatus.tsx';

const loadRoute = () => import('./CohortRoute.tsx');

/**
 * The cohort route, its code (the route, the page and what makes entries of the reader's own
 * files) loaded on demand and drawn as soon as it is here, without a Suspense boundary's delay.
 */
export function CohortScreen(props: CohortRouteProps) {
  const route = useOnDemand(loadRoute);
  // The build's picture of the page (src/boot) waits for the rows: none come if the code failed.
  useEndPrerender(route.status === 'failed');
  if (route.status === 'failed') return <LoadStatus status="failed" message={route.message} />;
  if (route.status === 'loading') return <LoadStatus status="loading" />;
  const { CohortRoute } = route.module;
  return <CohortRoute {...props} />;
}
