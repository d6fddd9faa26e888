// A second, tiny entry script, named before the app's main script in index.html: it starts
// loading the code of the page the address opens (a case, a comparison, the cohort, an embed)
// while the main script is still downloading, instead of after it has run. The page's module is
// the same one the app's lazy route imports, so it is fetched and evaluated once. The landing page
// loads none of it: its first JavaScript stays the main script alone.
import { parseHash } from './app/router/route.ts';

/** The page module each route with a page of its own loads on demand (as src/app/Screen.tsx does). */
function pageCode(name: ReturnType<typeof parseHash>['name']): Promise<unknown> | null {
  switch (name) {
    case 'case':
      return import('./views/CasePage/CasePage.tsx');
    case 'compare':
      return import('./views/ComparePage/ComparePage.tsx');
    case 'cohort':
      return import('./views/CohortPage/CohortPage.tsx');
    case 'embed':
      return import('./views/Embed/Embed.tsx');
    case 'present':
      return import('./views/Present/Present.tsx');
    default:
      return null;
  }
}

// A failure here is only a lost head start: the route's own import reports it.
pageCode(parseHash(window.location.hash).name)?.catch(() => undefined);
