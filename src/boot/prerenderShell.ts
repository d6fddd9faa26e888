// The case page before the app has loaded: the site header, the case's title and summary, and the
// build's picture of its first chart (prerenderFiles.ts), in the page's own classes so the
// stylesheet lays them out where the live page will put them. The app removes it (endPrerender)
// once its own chart has drawn; until then #root is laid out but hidden under it (prerender.css).
import { compareHref, landingHref } from '../app/router/route.ts';
import { THEME_LABELS, type Theme } from '../app/theme/theme.ts';
import { BRAND, HEADER_LINKS, TAGLINE } from '../views/Header/headerText.ts';
import {
  ALL_CASES,
  COMPARE_THIS,
  EDIT_COPY,
  PRESENT,
  SHOW_SUMMARY,
  THEME,
} from '../views/CasePage/caseWords.ts';
import { PRERENDER_ID } from '../app/prerender/prerender.ts';
import { markFirstScreen } from './onScreen.ts';
import { nearestWidth, PICTURE_DRAWN, prerenderPath } from './prerenderFiles.ts';

/** What the shell shows of the case (from the head the build wrote beside its picture). */
export interface ShellCase {
  id: string;
  title: string;
  summary: string;
}

function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string | null,
  ...kids: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  e.append(...kids);
  return e;
}

function link(
  doc: Document,
  href: string,
  text: string,
  className: string | null = null,
): HTMLAnchorElement {
  const a = h(doc, 'a', className, text);
  a.href = href;
  return a;
}

/** A control of the live page, drawn disabled in its place until the app brings the real one. */
function placeholder(doc: Document, className: string, text: string): HTMLButtonElement {
  const b = h(doc, 'button', className, text);
  b.type = 'button';
  b.disabled = true;
  return b;
}

function header(doc: Document, themeLabel: string): HTMLElement {
  // Every choice, as the live picker has: a select is as wide as its longest option, so one option
  // alone made it narrower and moved the header's links at the hand-over.
  const options = Object.values(THEME_LABELS).map((label) => {
    const o = h(doc, 'option', null, label);
    o.selected = label === themeLabel;
    return o;
  });
  // Not disabled: the picture is inert already, and a disabled select is drawn greyed, unlike the
  // live one and the landing's picture.
  const select = h(doc, 'select', null, ...options);
  select.setAttribute('aria-label', THEME);
  const nav = h(
    doc,
    'nav',
    'site-nav',
    h(doc, 'ul', null, ...HEADER_LINKS.map((l) => h(doc, 'li', null, link(doc, l.href, l.text)))),
  );
  nav.setAttribute('aria-label', 'Views');
  return h(
    doc,
    'header',
    'site-header',
    h(
      doc,
      'div',
      'site-header__inner',
      link(doc, landingHref, BRAND, 'brand'),
      h(doc, 'p', 'tagline', TAGLINE),
      nav,
      h(doc, 'div', 'theme-picker', h(doc, 'label', null, THEME), select),
    ),
  );
}

/** The parts of a case page's shell the boot script fills in once the page is laid out. */
export interface ShellParts {
  shell: HTMLElement;
  img: HTMLImageElement;
  box: HTMLElement;
  summary: HTMLElement;
  summaryBox: HTMLElement;
}

/** The class of a picture drawn for another width, scaled to fit its box. */
export const PICTURE_FIT = 'prerender__chart--fit';

/** The button the live page puts under a summary its two lines cut, in its place. */
export function moreButton(doc: Document): HTMLButtonElement {
  return placeholder(doc, 'link-button case__more', SHOW_SUMMARY);
}

/**
 * The shell of case `c`, built in `doc` (this page, or the build's copy of it when it picks the
 * rules the first screen needs) and not yet in it.
 */
export function shellParts(
  doc: Document,
  c: ShellCase,
  /** The theme picker's words for the reader's choice ("System", "Dark" …). */
  themeLabel: string,
): ShellParts {
  const crumb = h(doc, 'nav', 'breadcrumb', link(doc, landingHref, ALL_CASES));
  crumb.setAttribute('aria-label', 'Breadcrumb');
  const img = h(doc, 'img', 'prerender__chart');
  img.alt = `Timeline of ${c.title}: a picture, while the interactive chart loads.`;
  const box = h(doc, 'div', 'prerender__box', img);
  const summary = h(doc, 'p', 'case__summary case__summary--clamped', c.summary);
  const summaryBox = h(doc, 'div', 'case__summary-box', summary);
  const shell = h(
    doc,
    'div',
    'prerender',
    header(doc, themeLabel),
    h(
      doc,
      // Not a second <main>: the page's landmarks are the live page's.
      'div',
      'site-main',
      h(
        doc,
        'article',
        'case',
        h(
          doc,
          'div',
          'case__head',
          crumb,
          h(doc, 'h1', null, c.title),
          summaryBox,
          // The page's first way on; its buttons come with the app, in the room this line keeps.
          // The live page's ways on, in the same words and classes, so the lines it takes match.
          h(
            doc,
            'p',
            'case__actions',
            link(doc, compareHref(c.id), COMPARE_THIS),
            placeholder(doc, 'present-button', `▶ ${PRESENT}`),
            placeholder(doc, 'plain-button edit-copy', EDIT_COPY),
          ),
        ),
        h(
          doc,
          'section',
          'case__section case__section--timeline',
          h(
            doc,
            'div',
            'timeline-panel',
            h(
              doc,
              'div',
              'case-toolbar prerender__toolbar',
              h(doc, 'h2', 'case-toolbar__title', 'Timeline'),
            ),
            h(doc, 'div', 'timeline-panel__chart', box),
          ),
        ),
      ),
    ),
  );
  markAsPicture(shell);
  return { shell, img, box, summary, summaryBox };
}

/**
 * Puts the shell of case `c` before #root and starts loading its picture for `theme`; resolves
 * once the picture has loaded (marked data-drawn, the benchmark's and the tests' sign that it
 * shows) or failed (the shell is then removed).
 */
export function showShell(
  root: HTMLElement,
  c: ShellCase,
  theme: Theme,
  widths: readonly number[],
  /** The theme picker's words for the reader's choice ("System", "Dark" …). */
  themeLabel: string,
) {
  const { shell, img, box, summary, summaryBox } = shellParts(document, c, themeLabel);
  markFirstScreen(img);
  root.before(shell);
  const shown = new Promise<boolean>((done) => {
    img.addEventListener(
      'load',
      () => {
        img.setAttribute(PICTURE_DRAWN, '');
        done(true);
      },
      { once: true },
    );
    img.addEventListener(
      'error',
      () => {
        shell.remove();
        done(false);
      },
      { once: true },
    );
  });
  // The chart's width is known once the stylesheet has laid the shell out: measured then, not a
  // frame later (the app's scripts may hold the next frame back).
  whenStyled(() => {
    // As the live page: a summary its two lines cut gets the button that shows it all.
    if (summary.scrollHeight > summary.clientHeight + 1) summaryBox.append(moreButton(document));
    const width = Math.floor(box.getBoundingClientRect().width) || widths[widths.length - 1]!;
    const drawn = nearestWidth(width, widths);
    // Drawn for this width: shown at its own size, as the live chart will be. Else scaled to fit.
    if (Math.abs(drawn - width) <= 2) img.width = drawn;
    else img.classList.add(PICTURE_FIT);
    img.src = `data/${prerenderPath(c.id, theme, drawn)}`;
  });
  return shown;
}

/**
 * Marks the build's rendering of a page as a picture of it, not the page: nothing in it can be
 * focused or clicked, and assistive technology reads the live page alone (which follows within
 * moments) rather than both.
 */
export function markAsPicture(shell: HTMLElement): void {
  shell.id = PRERENDER_ID;
  shell.classList.add('prerender');
  shell.inert = true;
  shell.setAttribute('aria-hidden', 'true');
}

/** Resolves once the page has been parsed (#root and what the build put in the body exist). */
export function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) =>
    document.addEventListener('readystatechange', () => done(), { once: true }),
  );
}

/** Runs `then` once every stylesheet the page names has loaded (at once if they have). */
export function whenStyled(then: () => void) {
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter(
    (l) => !l.sheet,
  );
  if (pending.length === 0) return then();
  let left = pending.length;
  const one = () => {
    left -= 1;
    if (left === 0) then();
  };
  for (const l of pending) {
    l.addEventListener('load', one, { once: true });
    l.addEventListener('error', one, { once: true });
  }
}
