import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/app/pageTitle.ts';
import { CASE_IDS, loadFixtureLibrary } from '../../src/views/fixtures/caseFixtures.ts';

describe('pageTitle(route, state)', () => {
  it('names the case once the library has loaded', async () => {
    const library = await loadFixtureLibrary();
    const title = library.cases.find((c) => c.entry.id === CASE_IDS.zhou)!.entry.title;
    expect(pageTitle({ name: 'case', id: CASE_IDS.zhou }, { status: 'ready', library })).toBe(
      `${title} · Caselines`,
    );
    expect(pageTitle({ name: 'case', id: CASE_IDS.zhou }, { status: 'loading' })).toBe('Caselines');
  });

  it('names the comparison and cohort views', () => {
    expect(pageTitle({ name: 'compare' }, { status: 'loading' })).toBe(
      'Compare two cases · Caselines',
    );
    expect(pageTitle({ name: 'cohort' }, { status: 'loading' })).toBe(
      'Cohort swimmer plot · Caselines',
    );
    expect(pageTitle({ name: 'landing' }, { status: 'loading' })).toBe('Caselines');
  });
});
