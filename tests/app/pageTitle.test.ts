import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/app/pageTitle.ts';
import { CASE_IDS, loadFixtureSummary } from '../../src/views/fixtures/caseFixtures.ts';

describe('pageTitle(route, state)', () => {
  it('names the case once the library summary has loaded', async () => {
    const summary = await loadFixtureSummary();
    const title = summary.cases.find((e) => e.id === CASE_IDS.zhou)!.title;
    expect(pageTitle({ name: 'case', id: CASE_IDS.zhou }, { status: 'ready', summary })).toBe(
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
