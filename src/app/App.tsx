import { useEffect, useLayoutEffect, useRef } from 'react';
import { Header } from '../views/Header/Header.tsx';
import { fetchReader } from './data/fetchReader.ts';
import { pageTitle } from './pageTitle.ts';
import { useRoute } from './router/useRoute.ts';
import { Screen } from './Screen.tsx';
import { embedTheme } from './embed/embedTheme.ts';
import { applyTheme } from './theme/theme.ts';
import { useAppTheme } from './theme/useAppTheme.ts';
import { useLibraryStore } from './store/libraryStore.ts';
import { useEndPrerender } from './prerender/useEndPrerender.ts';

/**
 * The app shell: header, the screen for the current address, footer. Loads the library once.
 * The embed route gets the screen alone, in the theme its link names.
 */
export function App() {
  const route = useRoute();
  const state = useLibraryStore((s) => s.state);
  const opened = useLibraryStore((s) => s.opened);
  const load = useLibraryStore((s) => s.load);
  const main = useRef<HTMLElement>(null);
  const routeKey = JSON.stringify(route);
  const firstRoute = useRef(routeKey);
  // A presentation is an embed in the slide preset: it too gets the screen alone, in its theme.
  const embedQuery = route.name === 'embed' || route.name === 'present' ? route.query : null;
  const [theme, setTheme] = useAppTheme(embedQuery === null);

  // Before the first paint, so an embed never flashes in the light theme.
  useLayoutEffect(() => {
    if (embedQuery !== null) applyTheme(document.documentElement, embedTheme(embedQuery));
  }, [embedQuery]);

  useEffect(() => {
    void load(fetchReader);
  }, [load]);

  // The build's pictures (src/boot) cover only a case page, the landing or the cohort; those pages
  // end them (the cohort's swimmer chart once its rows are in, or here if the library failed).
  const pictured =
    route.name === 'case' ||
    route.name === 'landing' ||
    (route.name === 'cohort' && state.status !== 'failed');
  useEndPrerender(!pictured);

  useEffect(() => {
    document.title = pageTitle(route, state);
  });

  // After a client-side navigation, start at the top and move focus to the new heading, as a
  // page load would; the first render leaves focus where the browser put it. A lazily loaded
  // page renders its heading later, so wait for it to appear.
  useEffect(() => {
    if (routeKey === firstRoute.current) return;
    firstRoute.current = '';
    window.scrollTo({ top: 0, behavior: 'instant' });
    const root = main.current;
    if (!root) return;
    const focusHeading = () => {
      const h1 = root.querySelector<HTMLElement>('h1');
      h1?.focus({ preventScroll: true });
      return h1 !== null;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [routeKey]);

  if (embedQuery !== null)
    return (
      <main className="embed-main" ref={main}>
        <Screen route={route} state={state} opened={opened} />
      </main>
    );

  return (
    <>
      <Header route={route.name} theme={theme} onTheme={setTheme} />
      <main className="site-main" ref={main}>
        <Screen route={route} state={state} opened={opened} />
      </main>
      <footer className="site-footer">
        <p>
          Case data are curated from published reports; each case page lists its sources and their
          licences. Caselines is a reading aid, not medical advice.
        </p>
      </footer>
    </>
  );
}
