// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { failOnConsoleError } from './failOnConsoleError.ts';
import { Landing } from '../../src/views/Landing/Landing.tsx';
import {
  BROKEN_PAN_1,
  CASE_IDS,
  loadFixtureLibrary,
} from '../../src/views/fixtures/caseFixtures.ts';

afterEach(cleanup);
failOnConsoleError();

describe('Landing', () => {
  it('shows one linked card per index entry with patient, disease, target and outcome', async () => {
    const library = await loadFixtureLibrary();
    render(<Landing state={{ status: 'ready', library }} />);
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(library.cases.length);
    const sun = within(cards.find((c) => c.dataset.caseId === CASE_IDS.sun)!);
    expect(sun.getByRole('link').getAttribute('href')).toBe(`#/case/${CASE_IDS.sun}`);
    expect(sun.getByText('target not stated')).toBeTruthy();
    const pan1 = within(cards.find((c) => c.dataset.caseId === CASE_IDS.pan1)!);
    expect(pan1.getByText('derived, unconfirmed')).toBeTruthy();
  });

  it('keeps a broken case as a card with its problems, beside five working ones', async () => {
    const library = await loadFixtureLibrary(BROKEN_PAN_1);
    const { container } = render(<Landing state={{ status: 'ready', library }} />);
    const broken = container.querySelectorAll('.card--error');
    expect(broken).toHaveLength(1);
    expect(broken[0]!.textContent).toContain('could not be loaded');
    expect(broken[0]!.querySelectorAll('.problem').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.card:not(.card--error) .card__facts')).toHaveLength(5);
  });

  it('says why nothing is listed when the index is missing', async () => {
    const library = await loadFixtureLibrary({ 'index.json': null });
    const { container } = render(<Landing state={{ status: 'ready', library }} />);
    expect(container.textContent).toContain('index could not be read');
    expect(container.querySelectorAll('.problem').length).toBeGreaterThan(0);
  });
});
