// Writes a built site's first-screen stylesheet (firstScreenCss.ts) and points its index.html at
// it: the page's one render-blocking stylesheet becomes the rules the build's pictures use, and
// the boot script's tag names the whole stylesheet (data-css), which it loads with the app's code
// and lets the app run only once it applies. Run by the build after it has drawn the pictures,
// and by the benchmark's site copies after theirs (idempotent).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { THEME_LABELS, THEMES } from '../src/app/theme/theme.ts';
import {
  COHORT_PICTURE,
  LANDING_PICTURE,
  parsePictureHead,
  pictureHeadPath,
  PRERENDER_LIST,
  type PrerenderList,
} from '../src/boot/prerenderFiles.ts';
import { markAsPicture, moreButton, PICTURE_FIT, shellParts } from '../src/boot/prerenderShell.ts';
import { firstScreenCss } from './firstScreenCss.ts';

/** The whole stylesheet's tag as Vite writes it into index.html. */
const APP_STYLESHEET = /\s*<link rel="stylesheet" crossorigin href="(\.\/assets\/[^"]+\.css)">/;
/** The first-screen stylesheet's tag as this module writes it. */
const FIRST_STYLESHEET = /\s*<link rel="stylesheet" href="\.\/assets\/first-screen-[^"]+\.css">/;
/** The boot script's element: its source, then its other attributes. */
const BOOT_TAG = /(<script src="\.\/assets\/boot-[^"]+\.js")([^>]*><\/script>)/;
/** The whole stylesheet as named on the boot script's tag. */
const DATA_CSS = / data-css="([^"]+)"/;

/**
 * The pages the build draws before the app runs, each as index.html with that picture before
 * #root, in each theme: a case page's shell (every part it can have), the landing's and the
 * cohort's first screens.
 */
function picturedPages(site: string, html: string): Document[] {
  const data = join(site, 'data');
  // One copy per theme: the attribute on <html> set once, as the boot script sets it.
  const page = (picture: (doc: Document) => HTMLElement | null): Document[] =>
    THEMES.flatMap((theme) => {
      const doc = new JSDOM(html).window.document;
      doc.documentElement.dataset.theme = theme;
      const shown = picture(doc);
      if (!shown) return [];
      doc.getElementById('root')?.before(shown);
      return [doc];
    });
  const list = JSON.parse(readFileSync(join(data, PRERENDER_LIST), 'utf8')) as PrerenderList;
  const id = list.ids[0];
  const head = id ? parsePictureHead(readOr(join(data, pictureHeadPath(id)))) : null;
  const caseShell = page((doc) => {
    if (!id || !head) return null;
    const parts = shellParts(doc, { id, ...head }, THEME_LABELS.auto);
    parts.summaryBox.append(moreButton(doc));
    parts.img.classList.add(PICTURE_FIT);
    return parts.shell;
  });
  const markup = (file: string) => {
    const text = readOr(join(data, file));
    return page((doc) => {
      if (text === null) return null;
      const shell = doc.createElement('div');
      markAsPicture(shell);
      shell.innerHTML = text;
      return shell;
    });
  };
  return [...caseShell, ...markup(LANDING_PICTURE), ...markup(COHORT_PICTURE)];
}

function readOr(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Whether `selector` matches an element of any of `pages` (true if unreadable). */
function matcher(pages: readonly Document[]): (selector: string) => boolean {
  // A selector naming a class or id no element has matches nothing: most of the stylesheet's
  // rules are for other views, and this answers them without walking every page (jsdom's
  // querySelector takes seconds over the whole stylesheet).
  const names = pages.map((doc) => {
    const seen = new Set<string>();
    for (const e of doc.querySelectorAll('[class], [id]')) {
      for (const c of e.classList) seen.add(`.${c}`);
      if (e.id) seen.add(`#${e.id}`);
    }
    return seen;
  });
  return (selector) => {
    const needed = /[\\]/.test(selector)
      ? []
      : (selector.replace(/\[[^\]]*\]/g, ' ').match(/[.#][\w-]+/g) ?? []);
    return pages.some((doc, i) => {
      if (needed.some((n) => !names[i]!.has(n))) return false;
      try {
        return doc.querySelector(selector) !== null;
      } catch {
        return true;
      }
    });
  };
}

/**
 * Writes the first-screen stylesheet of the site at `site` and points its index.html at it; does
 * nothing to a site without pictures or without a stylesheet. Returns the file written, if any.
 */
export function writeFirstScreenSheet(site: string): string | null {
  const index = join(site, 'index.html');
  const html = readFileSync(index, 'utf8');
  const named = DATA_CSS.exec(html)?.[1] ?? APP_STYLESHEET.exec(html)?.[1];
  if (!named || !BOOT_TAG.test(html) || !existsSync(join(site, 'data', PRERENDER_LIST)))
    return null;
  const pages = picturedPages(site, html);
  if (pages.length === 0) return null;
  const css = firstScreenCss(readFileSync(join(site, named), 'utf8'), matcher(pages));
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 8);
  const file = `assets/first-screen-${hash}.css`;
  writeFileSync(join(site, file), css);
  const page = html
    .replace(APP_STYLESHEET, '')
    .replace(FIRST_STYLESHEET, '')
    .replace(DATA_CSS, '')
    // Where the whole stylesheet was: after the boot script, which so need not wait for it.
    .replace(
      BOOT_TAG,
      (_, src: string, rest: string) =>
        `${src} data-css="${named}"${rest}\n    <link rel="stylesheet" href="./${file}">`,
    );
  writeFileSync(index, page);
  return file;
}
