import type { Route } from './router/route.ts';
import type { LibraryState } from './store/libraryStore.ts';

const TITLES: Partial<Record<Route['name'], string>> = {
  compare: 'Compare two cases',
  cohort: 'Cohort swimmer plot',
  editor: 'Case editor',
};

/** The document title for a route, so tabs and history entries name the case or the view. */
export function pageTitle(route: Route, state: LibraryState): string {
  if (route.name !== 'case') {
    const title = TITLES[route.name];
    return title ? `${title} · Caselines` : 'Caselines';
  }
  const entry =
    state.status === 'ready' ? state.summary.cases.find((e) => e.id === route.id) : undefined;
  return entry ? `${entry.title} · Caselines` : 'Caselines';
}
