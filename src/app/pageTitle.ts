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
  const load =
    state.status === 'ready' ? state.library.cases.find((c) => c.entry.id === route.id) : undefined;
  return load ? `${load.entry.title} · Caselines` : 'Caselines';
}
