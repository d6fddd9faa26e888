// Narrowing the library: words typed (every word must appear in the title, summary, disease,
// targets or products) and facet choices (any chosen value within a facet, every facet at once).

import type { LibraryEntry } from '../library/librarySummary.ts';
import { compareFacetValues, entryFacetValues, FACET_IDS, type FacetId } from './facets.ts';

/** What the reader searches for: typed words and the values chosen in each facet. */
export interface LibraryFilter {
  /** The search box's text as typed. */
  text: string;
  /** Chosen values by facet; an empty or absent list leaves that facet open. */
  facets: Partial<Record<FacetId, readonly string[]>>;
}

/** The filter that keeps every case. */
export const EMPTY_FILTER: LibraryFilter = { text: '', facets: {} };

/** Lower case without accents, so "leukaemia" finds "Leukämie"'s neighbours and "cd7" finds "CD7". */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search text, folded. */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/\s+/)
    .filter((w) => w !== '');
}

const haystacks = new WeakMap<LibraryEntry, string>();

/** The folded text a case is searched in: title, summary, disease, targets and product labels. */
export function searchText(e: LibraryEntry): string {
  let h = haystacks.get(e);
  if (h !== undefined) return h;
  const parts =
    e.status === 'ok'
      ? [
          e.title,
          e.summary,
          e.disease,
          ...e.targets.map((t) => t.target),
          ...e.products.map((p) => p.label),
        ]
      : [e.title];
  h = foldText(parts.join('\n'));
  haystacks.set(e, h);
  return h;
}

/** True when the filter has neither words nor facet choices. */
export function isEmptyFilter(f: LibraryFilter): boolean {
  return searchWords(f.text).length === 0 && FACET_IDS.every((id) => !f.facets[id]?.length);
}

/** True when the case has one of the chosen values of every facet with a choice. */
function passesFacets(e: LibraryEntry, f: LibraryFilter): boolean {
  const values = entryFacetValues(e);
  return FACET_IDS.every((id) => {
    const chosen = f.facets[id];
    if (!chosen || chosen.length === 0) return true;
    return values[id].some((v) => chosen.includes(v));
  });
}

function passesWords(e: LibraryEntry, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const h = searchText(e);
  return words.every((w) => h.includes(w));
}

/** The cases the filter keeps, in library order. */
export function filterEntries<E extends LibraryEntry>(
  entries: readonly E[],
  f: LibraryFilter,
): E[] {
  const words = searchWords(f.text);
  return entries.filter((e) => passesWords(e, words) && passesFacets(e, f));
}

/** One value of a facet with how many cases would show if it were chosen. */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * For each facet, every value any case has, with the number of cases that match the words and all
 * the *other* facets' choices and have that value: the count says what choosing it would add,
 * whatever else is chosen in the same facet. Chosen values are listed even at 0.
 */
export function facetCounts(
  entries: readonly LibraryEntry[],
  f: LibraryFilter,
): Record<FacetId, FacetCount[]> {
  const words = searchWords(f.text);
  const counts = new Map<FacetId, Map<string, number>>();
  for (const id of FACET_IDS) {
    const values = new Map<string, number>();
    for (const e of entries) for (const v of entryFacetValues(e)[id]) values.set(v, 0);
    for (const v of f.facets[id] ?? []) values.set(v, 0);
    counts.set(id, values);
  }
  // One pass: a case that fails no facet counts in every facet; one that fails exactly one facet
  // counts only in that one (its own choice is the one left out); failing two, it counts nowhere.
  for (const e of entries) {
    if (!passesWords(e, words)) continue;
    const values = entryFacetValues(e);
    const failed = FACET_IDS.filter((id) => {
      const chosen = f.facets[id];
      return chosen && chosen.length > 0 && !values[id].some((v) => chosen.includes(v));
    });
    if (failed.length > 1) continue;
    for (const id of failed.length === 1 ? failed : FACET_IDS) {
      const c = counts.get(id)!;
      for (const v of values[id]) c.set(v, (c.get(v) ?? 0) + 1);
    }
  }
  const out = {} as Record<FacetId, FacetCount[]>;
  for (const id of FACET_IDS)
    out[id] = [...counts.get(id)!]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => compareFacetValues(id, a.value, b.value));
  return out;
}
