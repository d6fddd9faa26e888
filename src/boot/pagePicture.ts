// A page's first screen as the build rendered it with the app's own components
// (scripts/prerenderPages.tsx): the boot script puts it before #root on a visit to the page, until
// the live page has drawn the same (the app removes it then: src/app/prerender).
import { httpReader } from '../app/data/index.ts';
import {
  COHORT_PICTURE,
  LANDING_PICTURE,
  LANDING_TEMPLATE,
  PICTURE_STYLE,
} from './prerenderFiles.ts';
import { domReady, markAsPicture, whenStyled } from './prerenderShell.ts';
import { markFirstScreen } from './onScreen.ts';

/** A page the build renders: its file under data/ and what its live page draws first. */
export interface PagePicture {
  path: string;
  /** Selector of the live page's first drawing: once #root has it, there is nothing to cover. */
  drawn: string;
  /** Id of the <template> in index.html that holds it, where the build puts it in the page. */
  template?: string;
}

/** The pages with a picture, by route name. */
export const PAGE_PICTURES: Readonly<Record<'landing' | 'cohort', PagePicture>> = {
  landing: { path: LANDING_PICTURE, drawn: '.card', template: LANDING_TEMPLATE },
  cohort: { path: COHORT_PICTURE, drawn: '.swimmer-row' },
};

/**
 * Shows the picture of `page` before #root. `cover(drawn)` gives #root once the page is parsed,
 * or null when there is nothing to cover (the address changed, or #root already has `drawn`).
 * Resolves true once the picture is in the page.
 */
export async function showPagePicture(
  page: PagePicture,
  cover: (drawn: string) => Promise<HTMLElement | null>,
): Promise<boolean> {
  // In the page itself (firstScreens.ts) where the build put it there; else read.
  const template = page.template ? await inPage(page.template) : null;
  const text = template ? null : await httpReader(page.path);
  if ((!template && !text) || !(await cover(page.drawn))) return false;
  // The build's own markup, parsed inert (no script in it runs) and copied into this page.
  const nodes = template
    ? [...template.content.childNodes]
    : [...new DOMParser().parseFromString(text!, 'text/html').body.childNodes];
  const shell = document.createElement('div');
  markAsPicture(shell);
  shell.append(...importStyled(nodes));
  // Drawings made for several widths are chosen by the width laid out: once styled.
  if (shell.querySelector('[data-box-min]')) await new Promise<void>((done) => whenStyled(done));
  const root = await cover(page.drawn);
  if (!root) return false;
  markFirstScreen(shell.querySelector('h1'));
  root.before(shell);
  keepMeasured(shell);
  return true;
}

/**
 * Copies `nodes` into this page, their inline styles set through the DOM (the build wrote them as
 * PICTURE_STYLE: a page whose policy allows no inline style refuses style attributes, not styles
 * set so, as React sets the live page's).
 */
function importStyled(nodes: readonly Node[]): Node[] {
  return nodes.map((n) => {
    const copy = document.importNode(n, true);
    if (copy instanceof Element)
      for (const e of [copy, ...copy.querySelectorAll(`[${PICTURE_STYLE}]`)])
        if (e instanceof HTMLElement && e.hasAttribute(PICTURE_STYLE)) {
          e.style.cssText = e.getAttribute(PICTURE_STYLE)!;
          e.removeAttribute(PICTURE_STYLE);
        }
    return copy;
  });
}

/**
 * Of the drawings in `shell` made for different box widths (each marked with the range of widths
 * it is exact for, and which of its elements is the box), keeps the one exact for the width this
 * window lays the box out at, as the live page measures it; where none is, none: the live page
 * brings that part. Called in the task that put the shell in, so no frame shows them all.
 */
function keepMeasured(shell: HTMLElement) {
  const drawings = [...shell.querySelectorAll<HTMLElement>('[data-box-min]')];
  const box = drawings[0]?.querySelector(drawings[0].dataset.measure ?? '');
  const width = box ? Math.floor(box.getBoundingClientRect().width) : NaN;
  let kept = false;
  for (const d of drawings) {
    const exact = width >= Number(d.dataset.boxMin) && width <= Number(d.dataset.boxMax);
    if (exact && !kept) d.replaceWith(...d.childNodes);
    else d.remove();
    kept ||= exact;
  }
}

/** The <template> `id` once the page is parsed (it sits in the body, after this script). */
async function inPage(id: string): Promise<HTMLTemplateElement | null> {
  await domReady();
  const t = document.getElementById(id);
  return t instanceof HTMLTemplateElement ? t : null;
}
