// Temporary copies of the built app for the route benchmark: the shipped site as built, and copies
// with generated cases added to their library (S, M, L, or a library of 1,000 cases). Generated
// cases live only in these copies, never in public/data. Each copy also gets the floor page.

import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { folderReader, libraryJson } from '../../scripts/librarySummary.ts';
import { prerenderLibrary } from '../../scripts/prerender.ts';
import { writeFirstScreens } from '../../scripts/firstScreens.ts';
import { writeFirstScreenSheet } from '../../scripts/firstScreenSheet.ts';
import { writePagePictures } from '../../scripts/prerenderPages.tsx';
import {
  LANDING_PICTURE,
  PRERENDER_LIST,
  type PrerenderList,
} from '../../src/boot/prerenderFiles.ts';
import type { Case } from '../../src/core/format/index.ts';
import { SUMMARY_PATH } from '../../src/core/library/librarySummary.ts';
import { FLOOR_SCRIPT } from './floorPage.ts';

/** One entry of the library index, as data/index.json lists it. */
export interface SiteEntry {
  id: string;
  file: string;
  title: string;
}

/** Copies the built app at `dist` to `to` and adds the floor pages' script; returns the copy's index. */
export function copySite(dist: string, to: string): SiteEntry[] {
  cpSync(dist, to, { recursive: true, filter: (src) => !src.endsWith('.map') });
  writeFileSync(join(to, 'bench-floor.js'), FLOOR_SCRIPT);
  return readIndex(to);
}

/** The library index of a site copy. */
export function readIndex(site: string): SiteEntry[] {
  const index = JSON.parse(readFileSync(join(site, 'data/index.json'), 'utf8')) as {
    cases: SiteEntry[];
  };
  return index.cases;
}

/**
 * Writes generated cases into a site copy's library: each as data/cases/<id>.json, listed in
 * data/index.json after the cases already there (or instead of them with `replace`). A copy whose
 * build wrote a library summary gets it written again from its own library, with the build's code.
 */
export async function addCases(
  site: string,
  cases: Case[],
  {
    replace = false,
    pictures = [],
  }: {
    replace?: boolean;
    /** Ids of added cases to draw the build's chart pictures of (the ones a route opens). */
    pictures?: readonly string[];
  } = {},
): Promise<SiteEntry[]> {
  const indexPath = join(site, 'data/index.json');
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { cases: SiteEntry[] };
  mkdirSync(join(site, 'data/cases'), { recursive: true });
  const added = cases.map((c) => {
    const file = `cases/${c.id}.json`;
    writeFileSync(join(site, 'data', file), JSON.stringify(c, null, 2));
    return { id: c.id, file, title: c.title };
  });
  index.cases = [...(replace ? [] : index.cases), ...added];
  writeFileSync(indexPath, `${JSON.stringify(index, null, 2)}\n`);
  const summary = join(site, 'data', SUMMARY_PATH);
  if (existsSync(summary)) writeFileSync(summary, await libraryJson(join(site, 'data')));
  if (existsSync(join(site, 'data', PRERENDER_LIST)))
    await addPictures(site, index.cases, pictures);
  // The landing's and the cohort's first screens show the copy's own library, and its index.html
  // names them, as a build's does.
  if (existsSync(join(site, 'data', LANDING_PICTURE))) {
    await writePagePictures(site);
    writeFirstScreens(site);
    writeFirstScreenSheet(site);
  }
  return index.cases;
}

/**
 * The build's chart pictures of `ids`, written as the build writes them (scripts/prerender.ts),
 * and the list of pictures: those of the copy's cases that still have one, and these.
 */
async function addPictures(site: string, cases: readonly SiteEntry[], ids: readonly string[]) {
  const data = join(site, 'data');
  const listed = new Set(cases.map((c) => c.id));
  const before = JSON.parse(readFileSync(join(data, PRERENDER_LIST), 'utf8')) as PrerenderList;
  const files = await prerenderLibrary(folderReader(data), { only: new Set(ids) });
  const made = JSON.parse(files.get(PRERENDER_LIST)!) as PrerenderList;
  made.ids = [...new Set([...before.ids.filter((id) => listed.has(id)), ...made.ids])];
  files.set(PRERENDER_LIST, JSON.stringify(made));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(data, path)), { recursive: true });
    writeFileSync(join(data, path), text);
  }
}
