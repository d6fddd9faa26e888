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

/**
 * What a case link shows beside its picture, and the file it reads: written by the build next to
 * the pictures, so the first screen does not wait for the library summary (megabytes at 1,000
 * cases) to learn a title.
 */
export interface PictureHead {
  title: string;
  summary: string;
  /** The case file, relative to data/. */
  file: string;
}

/** Path (under data/) of case `id`'s PictureHead. */
export function pictureHeadPath(id: string): string {
  return `${PRERENDER_DIR}/${id}/head.json`;
}

/** The PictureHead in `text`, or null for anything else (the app then reads the summary). */
export function parsePictureHead(text: string | null): PictureHead | null {
  try {
    const v = JSON.parse(text ?? 'null') as Record<string, unknown> | null;
    const { title, summary, file } = v ?? {};
    return typeof title === 'string' && typeof summary === 'string' && typeof file === 'string'
      ? { title, summary, file }
      : null;
  } catch {
    return null;
  }
}

/** The width drawn nearest to a chart box `width` px wide. */
export function nearestWidth(width: number, widths: readonly number[] = PRERENDER_WIDTHS): number {
  return widths.reduce((best, w) => (Math.abs(w - width) < Math.abs(best - width) ? w : best));
}

/** The page's side margins around the case chart at most window widths (the stylesheet's). */
const LIKELY_MARGINS = 64;

/**
 * The drawn width a window `windowWidth` px wide will most likely measure: an estimate made before
 * the stylesheet has laid the page out (its margins vary a little with the window), near enough
 * that the measure picks the same drawn width at common window sizes.
 */
export function likelyChartWidth(
  windowWidth: number,
  widths: readonly number[] = PRERENDER_WIDTHS,
): number {
  return nearestWidth(windowWidth - LIKELY_MARGINS, widths);
}

/** Path (under data/) of the landing page's first screen as the build rendered it. */
export const LANDING_PICTURE = `${PRERENDER_DIR}/landing.html`;

/** Path (under data/) of the cohort page's first screen as the build rendered it. */
export const COHORT_PICTURE = `${PRERENDER_DIR}/cohort.html`;

/**
 * Widths (CSS px) of the swimmer chart's track box the cohort's picture is drawn for: a phone's
 * (any box too narrow for the chart's least width, which then scrolls sideways) and the page's
 * widest (72rem less the page's padding, the chart's frame and its 13rem column of names), which
 * any window from about 1,160 px up measures. Between the two the picture shows no rows.
 */
export const COHORT_PICTURE_BOXES: readonly number[] = [842, 300];

/**
 * The attribute in which the build writes a page picture's inline styles: the boot script sets them
 * through the DOM, which a page whose policy allows no inline style permits (style="" it refuses).
 */
export const PICTURE_STYLE = 'data-picture-style';

/**
 * Rows of the cohort's picture: those of a window up to about 1,700 px tall (a 1080 px one shows 6;
 * a row of a long case's chart is some 10 kB of markup, and the picture holds each row twice).
 */
export const COHORT_PICTURE_ROWS = 12;

/**
 * Cards of the landing's picture: those of a window up to about 1,700 px tall (a 1080 px one shows
 * 6). The picture sits in index.html, which every link parses: with the live page's 48 cards at
 * 1,000 cases, parsing it held DOMContentLoaded back by about 55 ms on a case link.
 */
export const LANDING_PICTURE_CARDS = 12;

/** The attribute the boot script sets on a case picture once it has loaded: it shows. */
export const PICTURE_DRAWN = 'data-drawn';

/** The meta tag a build with pictures puts in index.html, ahead of the boot script. */
export const PICTURES_META = '<meta name="caselines-pictures" content="cases landing cohort" />';

/** Finds PICTURES_META in a page. */
const PICTURES_SELECTOR = 'meta[name="caselines-pictures"]';

/** The same tag once the build has drawn the pictures, naming the cases that have one (ids are safe). */
export function picturesMeta(ids: readonly string[]): string {
  return PICTURES_META.replace(' />', ` data-cases="${ids.filter(prerenderable).join(' ')}" />`);
}

/** The ids of the cases this page's build drew pictures of, from picturesMeta's tag. */
export function picturedCases(doc: Document): string[] {
  const meta = doc.querySelector<HTMLMetaElement>(PICTURES_SELECTOR);
  return meta?.dataset.cases?.split(' ').filter(Boolean) ?? [];
}

/** Id of the <template> in index.html that holds the landing page's first screen. */
export const LANDING_TEMPLATE = 'landing-picture';

/** Whether this page's build drew pictures (a dev server does not): read from PICTURES_META. */
export function pagesHavePictures(doc: Document): boolean {
  return doc.querySelector(PICTURES_SELECTOR) !== null;
}
