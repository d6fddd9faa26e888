// What each route reads before its page can draw: the summary alone, or the cases it shows.
export { CaseRoute } from './CaseRoute.tsx';
export { CohortRoute } from './CohortRoute.tsx';
export { CompareRoute, type CompareRouteData } from './CompareRoute.tsx';
export { ChartRoute, chartCaseIds } from './ChartRoute.tsx';
export { libraryEntries } from './libraryEntries.ts';
export { LandingRoute } from './LandingRoute.tsx';
