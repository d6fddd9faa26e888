// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { failOnConsoleError } from './failOnConsoleError.ts';
import { Landing } from '../../src/views/Landing/Landing.tsx';
import { CARDS_PER_PAGE } from '../../src/views/Landing/LibraryGrid.tsx';
import {
  BROKEN_PAN_1,
  CASE_IDS,
  fixtureEntry,
  loadFixtureSummary,
} from '../../src/views/fixtures/caseFixtures.ts';
import { syntheticSummary } from '../../src/views/fixtures/syntheticLibrary.ts';
import type { LibraryEntry } from '../../src/core/library/librarySummary.ts';

afterEach(cleanup);
failOnConsoleError();

describe('Landing', () => {
  it('shows one linked card per index entry with patient, disease, target and outcome', async () => {
    const summary = await loadFixtureSummary();
    render(<Landing state={{ status: 'ready', summary }} />);
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(summary.cases.length);
    const sun = within(cards.find((c) => c.dataset.caseId === CASE_IDS.sun)!);
    expect(sun.getByRole('link').getAttribute('href')).toBe(`#/case/${CASE_IDS.sun}`);
    expect(sun.getByText('target not stated')).toBeTruthy();
    const pan1 = within(cards.find((c) => c.dataset.caseId === CASE_IDS.pan1)!);
    expect(pan1.getByText('derived, unconfirmed')).toBeTruthy();
  });

  it('keeps a case that failed the build check as a card with its problems, beside five working ones', async () => {
    const summary = await loadFixtureSummary(BROKEN_PAN_1);
    const { container } = render(<Landing state={{ status: 'ready', summary }} />);
    const broken = container.querySelectorAll('.card--error');
    expect(broken).toHaveLength(1);
    expect(broken[0]!.textContent).toContain('could not be loaded');
    expect(broken[0]!.querySelectorAll('.problem').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.card:not(.card--error) .card__facts')).toHaveLength(5);
  });

  it('says why nothing is listed when the index is missing', async () => {
    const summary = await loadFixtureSummary({ 'index.json': null });
    const { container } = render(<Landing state={{ status: 'ready', summary }} />);
    expect(container.textContent).toContain('index could not be read');
    expect(container.querySelectorAll('.problem').length).toBeGreaterThan(0);
  });

  it('narrows the cards as the reader types and by a facet, and links the cohort of what is left', async () => {
    const summary = await loadFixtureSummary();
    const { container } = render(<Landing state={{ status: 'ready', summary }} />);
    fireEvent.change(screen.getByLabelText('Search cases'), { target: { value: 'cd19' } });
    const ids = () =>
      [...container.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.caseId);
    expect(ids()).toEqual([CASE_IDS.kong]);
    expect(screen.getByText('1 of 6 cases match')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'See this case as a cohort' }).getAttribute('href'),
    ).toBe('#/cohort?q=cd19');
    fireEvent.change(screen.getByLabelText('Search cases'), { target: { value: '' } });
    const crs = within(container.querySelector<HTMLElement>('[data-facet="crs"]')!);
    fireEvent.click(crs.getByRole('checkbox', { name: /Not reported/ }));
    expect(ids().length).toBeGreaterThan(0);
    expect(ids()).not.toContain(CASE_IDS.zhou); // Zhou reports CRS grade 1
  }, 30_000);

  it('draws one page of cards from a 1,000-case summary and adds the next page on request', async () => {
    const base = (await fixtureEntry(CASE_IDS.zhou)) as Extract<LibraryEntry, { status: 'ok' }>;
    const summary = syntheticSummary(base, 1000);
    const { container } = render(<Landing state={{ status: 'ready', summary }} />);
    expect(container.querySelectorAll('.card')).toHaveLength(CARDS_PER_PAGE);
    // Plain selectors: Testing Library's role queries are slow over a page this size in jsdom.
    const more = container.querySelector<HTMLButtonElement>('.library__more button')!;
    expect(more.textContent).toBe(`Show ${CARDS_PER_PAGE} more (${CARDS_PER_PAGE} of 1000 shown)`);
    fireEvent.click(more);
    expect(container.querySelectorAll('.card')).toHaveLength(2 * CARDS_PER_PAGE);
    const box = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    fireEvent.change(box, { target: { value: 'case 0999' } });
    expect(container.querySelectorAll('.card')).toHaveLength(1);
  }, 30_000);
});
