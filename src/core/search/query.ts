// The library filter in a link: "q=cd7&target=CD7&target=CD19&crs=not-reported"
// (a value may hold a comma, so each value is its own parameter). The same parameters on
// the landing page, the cohort and the comparison, so a filtered cohort is the filtered library's.

import { FACET_IDS } from './facets.ts';
import type { LibraryFilter } from './filter.ts';

/** The query parameter of the typed words. */
export const TEXT_PARAM = 'q';

/** Every parameter the filter owns; other pages' parameters are left as they are. */
export const FILTER_PARAMS: readonly string[] = [TEXT_PARAM, ...FACET_IDS];

// Bounds on what a link may carry, so a tampered link cannot make the page do silly work.
const MAX_TEXT = 200;
const MAX_VALUES = 50;

/** Reads the filter from a hash query; unknown parameters are ignored, nothing throws. */
export function parseFilterQuery(query: string): LibraryFilter {
  const p = new URLSearchParams(query);
  const facets: LibraryFilter['facets'] = {};
  for (const id of FACET_IDS) {
    const values = [...new Set(p.getAll(id).filter((v) => v !== ''))].slice(0, MAX_VALUES);
    if (values.length > 0) facets[id] = values;
  }
  return { text: (p.get(TEXT_PARAM) ?? '').slice(0, MAX_TEXT), facets };
}

/**
 * Puts the filter into a hash query, keeping the query's other parameters (a page's own view
 * state) in place; an empty filter leaves no parameter of its own.
 */
export function withFilterQuery(query: string, f: LibraryFilter): string {
  const p = new URLSearchParams(query);
  for (const name of FILTER_PARAMS) p.delete(name);
  if (f.text.trim() !== '') p.set(TEXT_PARAM, f.text);
  for (const id of FACET_IDS) {
    const values = f.facets[id];
    for (const v of values ?? []) p.append(id, v);
  }
  return p.toString();
}

/** Only the filter's parameters of a query ("" when it has none). */
export function filterPart(query: string): string {
  return withFilterQuery('', parseFilterQuery(query));
}
