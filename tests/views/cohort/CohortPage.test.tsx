// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseHref, compareHref } from '../../../src/app/router/route.ts';
import {
  buildCohort,
  cohortLegend,
  sortRows,
  type SortKey,
} from '../../../src/core/cohort/index.ts';
import type { LibraryEntry } from '../../../src/core/library/librarySummary.ts';
import type { CaseLoad } from '../../../src/core/library/loadLibrary.ts';
import { CohortPage } from '../../../src/views/CohortPage/CohortPage.tsx';
import {
  BROKEN_PAN_1,
  loadFixtureLibrary,
  loadFixtureSummary,
} from '../../../src/views/fixtures/caseFixtures.ts';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();
beforeEach(() => window.history.replaceState(null, '', '#/'));

/**
 * The page's props from the build's summary of the shipped library, and the full cases: the page
 * draws from the summary, and the tests hold it to the cohort of the full cases.
 */
async function library(overrides?: Record<string, string | null>): Promise<{
  cases: CaseLoad[];
  page: { entries: LibraryEntry[]; readCases: () => Promise<CaseLoad[]> };
}> {
  const cases = (await loadFixtureLibrary(overrides)).cases;
  const entries = (await loadFixtureSummary(overrides)).cases;
  return { cases, page: { entries, readCases: async () => cases } };
}

const rowIds = (root: HTMLElement) =>
  [...root.querySelectorAll('.swimmer-row')].map((r) => r.getAttribute('data-case-id'));

describe('CohortPage', () => {
  it('draws one row per case, each label a link to its case, each marker a named, focusable link', async () => {
    const { cases, page } = await library();
    const { container } = render(<CohortPage {...page} urlSync={false} />);
    const cohort = buildCohort(cases);
    expect(rowIds(container)).toHaveLength(cases.length);
    for (const row of cohort.rows) {
      const li = container.querySelector(`.swimmer-row[data-case-id="${row.id}"]`)!;
      expect(li.querySelector('.swimmer-row__link')!.getAttribute('href')).toBe(caseHref(row.id));
      const drawn = li.querySelectorAll('[data-marker]');
      expect(drawn).toHaveLength(row.markers.filter((m) => m.place.kind !== 'none').length);
      for (const m of drawn) {
        expect(m.getAttribute('href')).toMatch(new RegExp(`^#/case/${row.id}\\?v=1&sel=`));
        expect(m.getAttribute('aria-label')).toMatch(new RegExp(`^${row.label}: .+ as stated: `));
      }
      expect(li.querySelectorAll('[data-ongoing]')).toHaveLength(row.ongoing ? 1 : 0);
      expect(li.querySelectorAll('.swimmer-track__bar')).toHaveLength(row.bar ? 1 : 0);
    }
  });

  it.each<[SortKey, boolean]>([
    ['follow-up', true],
    ['follow-up', false],
    ['crs', true],
    ['target', false],
    ['disease', false],
  ])('sorting by %s (descending: %s) puts the rows in the core order', async (key, desc) => {
    const { cases, page } = await library();
    const { container } = render(<CohortPage {...page} urlSync={false} />);
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: key } });
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: desc ? 'desc' : 'asc' } });
    const want = sortRows(buildCohort(cases).rows, key, desc).map((r) => r.id);
    expect(rowIds(container)).toEqual(want);
  });

  it('two ticked rows give a "Compare these two" link to the comparison of both; a third cannot be ticked', async () => {
    const { page } = await library();
    render(<CohortPage {...page} urlSync={false} />);
    expect(screen.queryByRole('link', { name: 'Compare these two' })).toBeNull();
    fireEvent.click(screen.getByLabelText('Compare Zhou'));
    fireEvent.click(screen.getByLabelText('Compare Marina'));
    const link = screen.getByRole('link', { name: 'Compare these two' });
    expect(link.getAttribute('href')).toBe(compareHref('003-zhou', '000-marina'));
    expect((screen.getByLabelText('Compare Kong') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Compare Zhou'));
    expect(screen.queryByRole('link', { name: 'Compare these two' })).toBeNull();
  });

  it('the table shows the same rows and every marker with its placed and stated time', async () => {
    const { cases, page } = await library();
    const { container } = render(<CohortPage {...page} urlSync={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const cohort = buildCohort(cases);
    const table = container.querySelector('.cohort-table') as HTMLElement;
    expect(container.querySelector('.swimmer')).toBeNull();
    for (const row of cohort.rows) {
      const tr = table.querySelector(`tr[data-case-id="${row.id}"]`) as HTMLElement;
      expect(tr.querySelectorAll('[data-marker]')).toHaveLength(row.markers.length);
      for (const m of row.markers) expect(tr.textContent).toContain(m.placed);
      expect(within(tr).getByRole('link', { name: row.label }).getAttribute('href')).toBe(
        caseHref(row.id),
      );
    }
  });

  it('the legend lists exactly the core legend entries', async () => {
    const { cases, page } = await library();
    const { container } = render(<CohortPage {...page} urlSync={false} />);
    const keys = [...container.querySelectorAll('.cohort-legend [data-legend-key]')].map((e) =>
      e.getAttribute('data-legend-key'),
    );
    expect(keys).toEqual(cohortLegend(buildCohort(cases).rows).map((e) => e.key));
  });

  it('a case that failed to load is listed as not drawn, with its problem, and the others still draw', async () => {
    const { cases, page } = await library(BROKEN_PAN_1);
    const { container } = render(<CohortPage {...page} urlSync={false} />);
    const failed = container.querySelector('.cohort-failed__case[data-case-id="002a-pan-case-1"]');
    expect(failed).not.toBeNull();
    expect(failed!.querySelector('.problem')!.textContent).toMatch(/002a-pan-case-1\.json/);
    expect(rowIds(container)).toHaveLength(cases.length - 1);
    expect(rowIds(container)).not.toContain('002a-pan-case-1');
  });

  it('reads its view from the address and writes changes back to it', async () => {
    const { cases, page } = await library();
    window.history.replaceState(null, '', '#/cohort?sort=crs&dir=asc&scale=linear&pick=003-zhou');
    const { container } = render(<CohortPage {...page} />);
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('crs');
    expect((screen.getByLabelText('Linear') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Compare Zhou') as HTMLInputElement).checked).toBe(true);
    expect(rowIds(container)).toEqual(
      sortRows(buildCohort(cases).rows, 'crs', false).map((r) => r.id),
    );
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'target' } });
    const params = new URLSearchParams(window.location.hash.split('?')[1]);
    expect(params.get('sort')).toBe('target');
    expect(params.get('scale')).toBe('linear');
    expect(params.get('pick')).toBe('003-zhou');
  });
});
