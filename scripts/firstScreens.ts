// The built index.html told what the build drew of each page's first screen, so the boot script
// needs no read before it shows one: the ids of the cases with chart pictures go on the pictures'
// meta tag (the picture is requested as soon as the boot script runs), and the landing page's
// rendering goes into a <template> (shown once the page is parsed, with no read at all). Run by
// the build after it has drawn the pictures, and by the benchmark's site copies after theirs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LANDING_PICTURE,
  LANDING_TEMPLATE,
  picturesMeta,
  PRERENDER_LIST,
  type PrerenderList,
} from '../src/boot/prerenderFiles.ts';

/** The root element the landing's template goes before. */
const ROOT = '<div id="root"></div>';

/** The pictures' meta tag, as the build writes it or as this module rewrites it. */
const META = /<meta name="caselines-pictures"[^>]*>/;

/** A landing template this module put in before (a site copy rewrites its build's page). */
const TEMPLATE = new RegExp(`<template id="${LANDING_TEMPLATE}">[^]*?</template>\\s*`);

/**
 * index.html (as the build wrote it, with PICTURES_META, or as this function wrote it before)
 * naming the pictured case ids `ids` and carrying the landing page's markup `landing` (the build's
 * rendering; null when it drew none).
 */
export function withFirstScreens(
  html: string,
  ids: readonly string[],
  landing: string | null,
): string {
  if (!META.test(html)) throw new Error('index.html has no pictures meta tag to name the cases on');
  const page = html.replace(META, picturesMeta(ids)).replace(TEMPLATE, '');
  if (!page.includes(ROOT)) throw new Error(`index.html has no ${ROOT} for the landing's template`);
  // A template's content is parsed but neither shown nor run until the boot script copies it.
  const template =
    landing === null ? '' : `<template id="${LANDING_TEMPLATE}">${landing}</template>\n    `;
  return page.replace(ROOT, `${template}${ROOT}`);
}

/** Rewrites the index.html of the site at `site` from the pictures written under its data/. */
export function writeFirstScreens(site: string): void {
  const data = join(site, 'data');
  const list = JSON.parse(readFileSync(join(data, PRERENDER_LIST), 'utf8')) as PrerenderList;
  const landing = readFileSync(join(data, LANDING_PICTURE), 'utf8');
  const index = join(site, 'index.html');
  writeFileSync(index, withFirstScreens(readFileSync(index, 'utf8'), list.ids, landing));
}
