// The library's facets: which values each case has for each, and their words. Values are plain
// strings so they travel in a link; what the source leaves silent is its own value, never a guess.

import type { LibraryEntry } from '../library/librarySummary.ts';

/** The facets a reader can narrow the library by, in the order they are shown. */
export const FACET_IDS = [
  'target',
  'disease',
  'origin',
  'crs',
  'icans',
  'transplant',
  'outcome',
] as const;

/** One facet. */
export type FacetId = (typeof FACET_IDS)[number];

/** Facet names as shown. */
export const FACET_LABELS: Record<FacetId, string> = {
  target: 'CAR target',
  disease: 'Disease',
  origin: 'Product origin',
  crs: 'Maximum CRS grade',
  icans: 'Maximum ICANS grade',
  transplant: 'Transplant after CAR-T',
  outcome: 'Outcome',
};

/** The value a case has when its source is silent on a facet. */
export const NOT_REPORTED = 'not-reported';

const GRADE_WORDS: Record<string, string> = {
  ungraded: 'Occurred, grade not reported',
  none: 'None (stated by the source)',
  [NOT_REPORTED]: 'Not reported',
};

const FIXED_WORDS: Partial<Record<FacetId, Record<string, string>>> = {
  origin: {
    autologous: 'Autologous',
    allogeneic: 'Allogeneic',
    'donor-derived': 'Donor-derived',
    [NOT_REPORTED]: 'Not reported',
  },
  target: { [NOT_REPORTED]: 'Not stated' },
  crs: GRADE_WORDS,
  icans: GRADE_WORDS,
  transplant: { yes: 'Yes', unclear: 'Timing unclear', no: 'None reported after CAR-T' },
  outcome: {
    died: 'Died',
    'in-remission': 'In remission at last report',
    alive: 'Alive at last report',
    relapsed: 'Relapsed at last report',
    response: 'Response assessed, no later follow-up',
    unknown: 'Status unknown',
    [NOT_REPORTED]: 'No outcome reported',
  },
};

/** The words for a facet value ("Grade 2", "Not reported", "CD19"). */
export function facetValueLabel(facet: FacetId, value: string): string {
  const fixed = FIXED_WORDS[facet]?.[value];
  if (fixed) return fixed;
  if ((facet === 'crs' || facet === 'icans') && /^\d+$/.test(value)) return `Grade ${value}`;
  return value;
}

const facetCache = new WeakMap<LibraryEntry, Record<FacetId, readonly string[]>>();

/** The values a case has for every facet; a case that failed to load has none. */
export function entryFacetValues(e: LibraryEntry): Record<FacetId, readonly string[]> {
  const cached = facetCache.get(e);
  if (cached) return cached;
  const values: Record<FacetId, readonly string[]> =
    e.status !== 'ok'
      ? { target: [], disease: [], origin: [], crs: [], icans: [], transplant: [], outcome: [] }
      : {
          target: e.targets.length > 0 ? e.targets.map((t) => t.target) : [NOT_REPORTED],
          disease: [e.diseaseKey],
          origin: distinct(
            e.products.map((p) => p.origin ?? NOT_REPORTED),
            NOT_REPORTED,
          ),
          crs: [e.crs.key],
          icans: [e.icans.key],
          transplant: [e.transplantAfter],
          outcome: [e.outcomeKey],
        };
  facetCache.set(e, values);
  return values;
}

function distinct(values: string[], ifEmpty: string): string[] {
  const out = [...new Set(values)];
  return out.length > 0 ? out : [ifEmpty];
}

/**
 * The order values are listed in: grades from highest, then ungraded, none, not reported; fixed
 * vocabularies in their own order; names alphabetically with "not reported" last.
 */
export function compareFacetValues(facet: FacetId, a: string, b: string): number {
  const rank = (v: string): number => {
    if (facet === 'crs' || facet === 'icans') {
      if (/^\d+$/.test(v)) return -Number(v);
      return ['ungraded', 'none', NOT_REPORTED].indexOf(v) + 1;
    }
    const fixed = FIXED_WORDS[facet];
    if (fixed && facet !== 'target') return Object.keys(fixed).indexOf(v);
    return v === NOT_REPORTED ? 1 : 0;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
