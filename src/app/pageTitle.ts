import type { Route } from './router/route.ts';
import type { LibraryState } from './store/libraryStore.ts';

/** The document title for a route, so tabs and history entries name the case. */
export function pageTitle(route: Route, state: LibraryState): string {
  if (route.name !== 'case') return 'Caselines';
  const load =
    state.status === 'ready' ? state.library.cases.find((c) => c.entry.id === route.id) : undefined;
  return load ? `${load.entry.title} · Caselines` : 'Caselines';
}
