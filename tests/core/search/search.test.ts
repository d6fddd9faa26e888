import { describe, expect, it } from 'vitest';
import { buildLibrarySummary, type LibraryEntry } from '../../../src/core/library/index.ts';
import {
  EMPTY_FILTER,
  facetCounts,
  facetValueLabel,
  filterEntries,
  filterPart,
  isEmptyFilter,
  parseFilterQuery,
  withFilterQuery,
  type LibraryFilter,
} from '../../../src/core/search/index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const { summary } = await buildLibrarySummary(async (p) => {
  try {
    return readFileSync(join('public/data', p), 'utf8');
  } catch {
    return null;
  }
});
const cases = summary.cases;
const ids = (f: LibraryFilter) => filterEntries(cases, f).map((e) => e.id);
const words = (text: string): LibraryFilter => ({ text, facets: {} });

describe('filterEntries(entries, filter)', () => {
  it('keeps every case for the empty filter', () => {
    expect(ids(EMPTY_FILTER)).toEqual(cases.map((e) => e.id));
  });

  it('finds words in the title, summary, disease, target and product, ignoring case and accents', () => {
    expect(ids(words('cd19'))).toEqual(['004-kong']); // a target
    expect(ids(words('DONOR-derived'))).toEqual(['004-kong']); // title and product
    expect(ids(words('retroviral'))).toEqual(['003-zhou']); // a product label
    expect(ids(words('lymphoblastic'))).toHaveLength(6); // the disease
    expect(ids(words('lymphoblastic  cd7 retroviral'))).toEqual(['003-zhou']); // every word
    expect(ids(words('no such word'))).toEqual([]);
  });

  it('keeps a case with any chosen value of a facet, and only cases that pass every facet', () => {
    expect(ids({ text: '', facets: { target: ['CD19', 'not-reported'] } })).toEqual([
      '001-grandma-sun',
      '004-kong',
    ]);
    expect(ids({ text: '', facets: { target: ['CD7'], crs: ['not-reported'] } })).toEqual([
      '002b-pan-case-2',
    ]);
    // Kong has an autologous and a donor-derived product: either origin finds it.
    expect(ids({ text: '', facets: { origin: ['donor-derived'] } })).toEqual(['004-kong']);
    expect(ids({ text: '', facets: { origin: ['autologous'] } })).toContain('004-kong');
  });

  it('matches a case that failed to load by its title only, and by no facet', () => {
    const broken: LibraryEntry = {
      id: 'x',
      file: 'cases/x.json',
      title: 'Broken CD19 case — leucémie aiguë',
      position: 6,
      hash: null,
      status: 'error',
      problems: [],
    };
    const all = [...cases, broken];
    expect(filterEntries(all, words('broken')).map((e) => e.id)).toEqual(['x']);
    expect(filterEntries(all, words('LEUCEMIE aigue')).map((e) => e.id)).toEqual(['x']);
    expect(filterEntries(all, { text: '', facets: { target: ['CD19'] } }).map((e) => e.id)).toEqual(
      ['004-kong'],
    );
  });
});

describe('facetCounts(entries, filter)', () => {
  it('counts every value over the whole library when nothing is chosen', () => {
    const c = facetCounts(cases, EMPTY_FILTER);
    expect(c.target).toEqual([
      { value: 'CD19', count: 1 },
      { value: 'CD7', count: 4 },
      { value: 'not-reported', count: 1 },
    ]);
    expect(c.crs.map((x) => x.value)).toEqual(['3', '1', 'ungraded', 'not-reported']);
    expect(c.crs.find((x) => x.value === 'not-reported')!.count).toBe(3);
    expect(c.icans).toEqual([
      { value: 'none', count: 1 },
      { value: 'not-reported', count: 5 },
    ]);
    for (const id of ['disease', 'transplant', 'outcome'] as const)
      expect(c[id].reduce((n, x) => n + x.count, 0)).toBe(cases.length);
  });

  it('counts a facet under the words and the other facets’ choices, not its own', () => {
    const f: LibraryFilter = { text: '', facets: { target: ['CD19'], disease: ['T-ALL'] } };
    const c = facetCounts(cases, f);
    // Target counts ignore the target choice but honour the disease choice (T-ALL: four CD7).
    expect(c.target.find((x) => x.value === 'CD7')!.count).toBe(4);
    expect(c.target.find((x) => x.value === 'CD19')!.count).toBe(0);
    // Disease counts honour the target choice (CD19: Kong, B-ALL).
    expect(c.disease).toEqual([
      { value: 'B-ALL', count: 1 },
      { value: 'T-ALL', count: 0 },
    ]);
    // Words narrow every facet.
    const zhou = facetCounts(cases, words('retroviral'));
    expect(zhou.origin.filter((x) => x.count > 0)).toEqual([{ value: 'allogeneic', count: 1 }]);
  });

  it('lists a chosen value even when no case has it (a link from a larger library)', () => {
    const c = facetCounts(cases, { text: '', facets: { target: ['BCMA'] } });
    expect(c.target.find((x) => x.value === 'BCMA')).toEqual({ value: 'BCMA', count: 0 });
  });
});

describe('the filter in a link', () => {
  it('reads back what it writes, keeping the page’s own parameters', () => {
    const f: LibraryFilter = {
      text: 'cd7 relapse',
      facets: { crs: ['not-reported', '1'], disease: ['T-ALL, relapsed'] },
    };
    const q = withFilterQuery('sort=crs&dir=asc', f);
    expect(q).toBe(
      'sort=crs&dir=asc&q=cd7+relapse&disease=T-ALL%2C+relapsed&crs=not-reported&crs=1',
    );
    expect(parseFilterQuery(q)).toEqual(f);
    expect(filterPart(q)).toBe('q=cd7+relapse&disease=T-ALL%2C+relapsed&crs=not-reported&crs=1');
    expect(withFilterQuery(q, EMPTY_FILTER)).toBe('sort=crs&dir=asc');
  });

  it('ignores unknown parameters and bounds what a tampered link carries', () => {
    const f = parseFilterQuery(`q=${'x'.repeat(500)}&target=&nonsense=1&outcome=died&outcome=died`);
    expect(f.text).toHaveLength(200);
    expect(f.facets).toEqual({ outcome: ['died'] });
    expect(isEmptyFilter(parseFilterQuery('q=%20%20'))).toBe(true);
  });

  it('names values in words, with "not reported" for silence', () => {
    expect(facetValueLabel('crs', '2')).toBe('Grade 2');
    expect(facetValueLabel('icans', 'not-reported')).toBe('Not reported');
    expect(facetValueLabel('icans', 'none')).toBe('None (stated by the source)');
    expect(facetValueLabel('target', 'not-reported')).toBe('Not stated');
    expect(facetValueLabel('origin', 'donor-derived')).toBe('Donor-derived');
    expect(facetValueLabel('disease', 'T-ALL')).toBe('T-ALL');
  });
});
