// A second, tiny entry script, named before the app's main script in index.html: it starts
// loading the code of the page the address opens (a case, a comparison, the cohort, an embed)
// while the main script is still downloading, instead of after it has run. The page's module is
// the same one the app's lazy route imports, so it is fetched and evaluated once. The landing page
// loads none of it: its first JavaScript stays the main script alone.
import { parseHash } from './app/router/route.ts';

/**
 * The modules each route with a page of its own loads on demand (as src/app/Screen.tsx does):
 * its page, and for the routes that read case files the loader that checks them (the library
 * store imports it when a case is read, which would otherwise wait for the page to mount).
 */
function pageCode(name: ReturnType<typeof parseHash>['name']): Promise<unknown> | null {
  const loader = () => import('./core/library/loadLibrary.ts');
  switch (name) {
    case 'case':
      return Promise.all([import('./views/CasePage/CasePage.tsx'), loader()]);
    case 'compare':
      return Promise.all([
        import('./app/routes/CompareRoute.tsx'),
        import('./views/ComparePage/ComparePage.tsx'),
        loader(),
      ]);
    case 'cohort':
      return import('./app/routes/CohortRoute.tsx');
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
