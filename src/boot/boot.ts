// The page's first script, a small classic one (bundled alone by scripts/bootScript.ts, named first
// in index.html's head). Before the app's code runs it:
// - reads the file of each case the address opens (named by the head beside a case's picture, or
//   by the library summary) and the summary; the app's reader takes these reads
//   (src/app/data/earlyReads.ts). Where a picture shows first, the summary and the app's code wait
//   until it is on screen;
// - on a case link with no view in its address, shows the case page with the build's picture of
//   its chart (prerenderShell.ts), until the app's own chart has drawn;
// - on the landing or cohort page with no search in its address, shows its first screen as the
//   build rendered it with the app's components (pagePicture.ts), until the app's own page has
//   drawn the same;
// - then (at once where no picture shows) adds the app's whole stylesheet, which the build left
//   out of the page's head for the first screen's own (scripts/firstScreenSheet.ts), and its
//   modules, and runs the app's entry once that stylesheet applies.
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
import {
  likelyChartWidth,
  pagesHavePictures,
  parsePictureHead,
  pictureHeadPath,
  prerenderPath,
  picturedCases,
  PRERENDER_WIDTHS,
} from './prerenderFiles.ts';
import { domReady, showShell } from './prerenderShell.ts';
import { PAGE_PICTURES, showPagePicture, type PagePicture } from './pagePicture.ts';
import { whenOnScreen } from './onScreen.ts';

/** If the app has not taken over by then (its scripts failed), the picture makes way for #root. */
const GIVE_UP_MS = 20_000;
/** The app starts by then whatever the picture is doing. */
const START_BY_MS = 1500;
/**
 * Once the picture is in the page, the app waits at most this long for its paint to be reported:
 * a safety net, not a schedule (a picture that failed starts the app at once). Under load a
 * frame can take a few hundred ms; 250 ms once let the app in before the picture showed.
 */
const PRESENT_BY_MS = 1000;

const bootTag =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[data-app]');
/** The app's entry (named by the build on this script's tag), run when the boot script says. */
const appEntry = bootTag?.dataset.app ?? null;
/** The entry and the modules it imports, as the build named them on this script's tag. */
const appModules = bootTag?.dataset.preload?.split(' ').filter(Boolean) ?? [];
/**
 * The app's whole stylesheet, where the build gave the page only the first screen's
 * (scripts/firstScreenSheet.ts): loaded with the app's code, not before the first paint.
 */
const appStylesheet = bootTag?.dataset.css ?? null;
let appRequested = false;
let appStarted = false;
let appStyled: Promise<void> | null = null;

/** The picture requested before the page could be measured; held so its request is not dropped. */
let earlyPicture: HTMLImageElement | null = null;

/** Loads the app's whole stylesheet, once; resolves when it applies (or failed to load). */
function styleApp(): Promise<void> {
  return (appStyled ??= new Promise<void>((done) => {
    if (!appStylesheet) return done();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.crossOrigin = '';
    link.href = appStylesheet;
    link.addEventListener('load', () => done(), { once: true });
    link.addEventListener('error', () => done(), { once: true });
    document.head.append(link);
  }));
}

/** Starts downloading the app's stylesheet and modules; once. */
function requestApp() {
  if (appRequested) return;
  appRequested = true;
  void styleApp();
  for (const href of appModules) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

/**
 * Runs the app's entry script once its whole stylesheet applies (the live page measures its boxes
 * as it draws, so it must not draw before); once.
 */
function startApp() {
  requestApp();
  if (appStarted || !appEntry) return;
  appStarted = true;
  const entry = appEntry;
  void styleApp().then(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
  });
}

const hash = window.location.hash;
const route = parseHash(hash);
// Read at once where the page needs it to show anything; where a picture shows first, once it is
// on screen (startLive): at 1,000 cases the summary is 2.6 MB, and its transfer and the picture's
// paint competed.
let summaryRead: Promise<string | null> | null = null;
const summaryText = () => (summaryRead ??= startEarlyRead(SUMMARY_PATH, httpReader));
// Parsed here only on a link that opens cases with no picture (a comparison, a view in the address):
// elsewhere the app alone parses the summary, which runs to megabytes at 1,000 cases.
let parsed: Promise<BootEntry[]> | null = null;
const summaryEntries = () => (parsed ??= summaryText().then((t) => bootEntries(t ?? '')));
/** Starts reading the files of the cases the address opens, as the summary names them. */
const readCaseFiles = () =>
  summaryEntries()
    .then((entries) => {
      for (const file of caseFilesOf(entries, routeCaseIds(route, hash)))
        startEarlyRead(file, httpReader);
    })
    .catch(() => undefined);
// Only the page a link opens as such: a view or a search in the address is the app's to draw.
// The app runs once the picture is on screen, so its code does not hold the picture back; where
// there is none, at once.
const picturable = hashQuery(hash) === '' && pagesHavePictures(document);
// The build names the cases it drew on the page (firstScreens.ts): no read to wait for.
const pictured = picturable && route.name === 'case' && picturedCases(document).includes(route.id);
const picture = pictured
  ? casePicture(route.id)
  : picturable && (route.name === 'landing' || route.name === 'cohort')
    ? pagePicture(PAGE_PICTURES[route.name])
    : null;
// A pictured case link reads its file as the head beside its picture names it (casePicture), and
// leaves the summary, read but not parsed here, to the app.
if (!pictured && routeCaseIds(route, hash).length > 0) void readCaseFiles();
if (picture) {
  // The app's modules are requested only then too: a dozen of them, compiled as they arrive,
  // would otherwise hold back the frames that paint and present the picture.
  void picture
    .catch(() => false)
    .then((shown) => (shown ? whenOnScreen(startLive, PRESENT_BY_MS) : startLive()));
  setTimeout(startLive, START_BY_MS);
} else startLive();

/** Starts what the live page needs: the library summary's read, then the app's code. */
function startLive() {
  void summaryText();
  startApp();
}

/**
 * Shows the picture of case `id`, if the build drew one, with the head it wrote beside it;
 * resolves whether it shows (false: no head, nothing to cover, or the picture failed).
 */
async function casePicture(id: string) {
  const { choice, theme } = readerTheme();
  // Requested now, at the width the window suggests, rather than once the stylesheet has laid the
  // chart's box out: the picture's download waits for neither the stylesheet nor the summary.
  // The shell's measure below names the same file nearly always, and the browser reuses this one.
  earlyPicture = new Image();
  earlyPicture.fetchPriority = 'high';
  earlyPicture.src = `data/${prerenderPath(id, theme, likelyChartWidth(window.innerWidth))}`;
  // The title and summary from the build's small file beside the pictures, not from the library
  // summary (megabytes at 1,000 cases); it names the case's file, whose read starts now: read
  // once the picture showed instead, the live chart came 40–1,700 ms later (S to L) and the
  // picture no sooner.
  const head = parsePictureHead(await httpReader(pictureHeadPath(id)));
  if (!head) {
    void readCaseFiles();
    return false;
  }
  startEarlyRead(head.file, httpReader);
  const root = await uncoveredRoot(theme, '.timeline');
  if (!root) return false;
  handOver();
  return showShell(root, { id, ...head }, theme, PRERENDER_WIDTHS, THEME_LABELS[choice]);
}

/** Shows a page as the build rendered it; resolves whether it shows. */
async function pagePicture(page: PagePicture) {
  const shown = await showPagePicture(page, (drawn) => uncoveredRoot(readerTheme().theme, drawn));
  if (shown) handOver();
  return shown;
}

/**
 * #root once the page is parsed, with the reader's theme applied; null when the address changed
 * meanwhile or the app has already drawn `drawn` (a fast, cached load: nothing to cover).
 */
async function uncoveredRoot(theme: Theme, drawn: string): Promise<HTMLElement | null> {
  if (window.location.hash !== hash) return null;
  applyTheme(document.documentElement, theme);
  await domReady();
  const root = document.getElementById('root');
  return root && !root.querySelector(drawn) && window.location.hash === hash ? root : null;
}

/** The app removes the picture once its page has drawn; a new address or a failed app, too. */
function handOver() {
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
