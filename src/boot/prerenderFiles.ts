// Where the build's pictures of case charts live (data/prerender/) and which one a page shows: the
// build writes each case's chart at a few widths and in each theme; the boot script shows the one
// nearest the chart's width on screen until the live chart has drawn. One module for both sides,
// so the names cannot drift.
import type { Theme } from '../app/theme/theme.ts';

/** Folder of the pictures under data/, and of their list (index.json). */
export const PRERENDER_DIR = 'prerender';

/**
 * Chart widths drawn, in CSS pixels: the case page's chart box on a 390 px phone, 768, 1024, 1280
 * and 1440 px windows, and its widest (96rem). Other windows show the nearest, scaled to fit.
 */
export const PRERENDER_WIDTHS: readonly number[] = [366, 721, 962, 1216, 1376, 1536];

/** What the build drew: the cases, widths and themes that have a picture. */
export interface PrerenderList {
  widths: number[];
  themes: Theme[];
  ids: string[];
}

/** Path (under data/) of the list of pictures. */
export const PRERENDER_LIST = `${PRERENDER_DIR}/index.json`;

/** Ids safe as a folder name: the pictures of any other case are not drawn. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Whether a case id can have pictures (ids are folder names; own files never do). */
export function prerenderable(id: string): boolean {
  return SAFE_ID.test(id) && !id.includes('..');
}

/** Path (under data/) of the picture of case `id` at `width` in `theme`. */
export function prerenderPath(id: string, theme: Theme, width: number): string {
  return `${PRERENDER_DIR}/${id}/${theme}-${width}.svg`;
}

/** The width drawn nearest to a chart box `width` px wide. */
export function nearestWidth(width: number, widths: readonly number[] = PRERENDER_WIDTHS): number {
  return widths.reduce((best, w) => (Math.abs(w - width) < Math.abs(best - width) ? w : best));
}

/** Path (under data/) of the landing page's first screen as the build rendered it. */
export const LANDING_PICTURE = `${PRERENDER_DIR}/landing.html`;

/** The meta tag a build with pictures puts in index.html, ahead of the boot script. */
export const PICTURES_META = '<meta name="caselines-pictures" content="cases landing" />';

/** Whether this page's build drew pictures (a dev server does not): read from PICTURES_META. */
export function pagesHavePictures(doc: Document): boolean {
  return doc.querySelector('meta[name="caselines-pictures"]') !== null;
}
