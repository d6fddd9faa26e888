// Temporary copies of the built app for the route benchmark: the shipped site as built, and copies
// with generated cases added to their library (S, M, L, or a library of 1,000 cases). Generated
// cases live only in these copies, never in public/data. Each copy also gets the floor page.

import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { libraryJson } from '../../scripts/librarySummary.ts';
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
  { replace = false } = {},
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
  return index.cases;
}
