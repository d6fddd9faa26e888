// The page's first script, a small classic one (bundled alone by scripts/bootScript.ts, named first
// in index.html's head). While the app's code is still downloading it:
// - reads the library summary, then the file of each case the address opens (the summary names
//   them); the app's reader takes these reads (src/app/data/earlyReads.ts);
// - on a case link with no view in its address, shows the case page with the build's picture of
//   its chart (prerenderShell.ts), until the app's own chart has drawn.
import { httpReader, startEarlyRead } from '../app/data/index.ts';
import { parseHash } from '../app/router/route.ts';
import {
  applyTheme,
  parseThemeChoice,
  resolveTheme,
  THEME_LABELS,
  THEME_STORAGE_KEY,
  type Theme,
  type ThemeChoice,
} from '../app/theme/theme.ts';
import { hashQuery } from '../app/url/hashQuery.ts';
import { SUMMARY_PATH } from '../core/library/summaryFile.ts';
import { bootEntries, caseFilesOf, routeCaseIds, type BootEntry } from './caseFiles.ts';
import { endPrerender } from '../app/prerender/prerender.ts';
import { PRERENDER_LIST, prerenderable, type PrerenderList } from './prerenderFiles.ts';
import { showShell } from './prerenderShell.ts';

/** If the app has not taken over by then (its scripts failed), the picture makes way for #root. */
const GIVE_UP_MS = 20_000;

const hash = window.location.hash;
const route = parseHash(hash);
const summary = startEarlyRead(SUMMARY_PATH, httpReader).then((t) => bootEntries(t ?? ''));
const ids = routeCaseIds(route, hash);
if (ids.length > 0)
  void summary
    .then((entries) => {
      for (const file of caseFilesOf(entries, ids)) startEarlyRead(file, httpReader);
    })
    .catch(() => undefined);
if (route.name === 'case' && hashQuery(hash) === '' && prerenderable(route.id))
  void picture(route.id).catch(() => undefined);

/** Shows the picture of case `id`, if the build drew one and the summary lists the case as loaded. */
async function picture(id: string) {
  const listRead = httpReader(PRERENDER_LIST);
  const [entries, listText] = await Promise.all([summary, listRead]);
  const list = JSON.parse(listText ?? 'null') as PrerenderList | null;
  const entry: BootEntry | undefined = entries.find((e) => e.id === id);
  if (!entry?.ok || !list?.ids.includes(id) || window.location.hash !== hash) return;
  const { choice, theme } = readerTheme();
  if (!list.themes.includes(theme)) return;
  applyTheme(document.documentElement, theme);
  await domReady();
  const root = document.getElementById('root');
  // The app may already have drawn (a cached, fast load): then there is nothing to cover.
  if (!root || root.querySelector('.timeline')) return;
  showShell(root, entry, theme, list.widths, THEME_LABELS[choice]);
  window.addEventListener('hashchange', endPrerender, { once: true });
  setTimeout(endPrerender, GIVE_UP_MS);
}

/** The reader's stored choice and the theme the app will show for it. */
function readerTheme(): { choice: ThemeChoice; theme: Theme } {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    // Storage blocked: the app follows the system too.
  }
  const media = (q: string) => window.matchMedia?.(q).matches ?? false;
  const choice = parseThemeChoice(stored);
  const theme = resolveTheme(choice, {
    contrast: media('(prefers-contrast: more)'),
    dark: media('(prefers-color-scheme: dark)'),
  });
  return { choice, theme };
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) =>
    document.addEventListener('readystatechange', () => done(), { once: true }),
  );
}
