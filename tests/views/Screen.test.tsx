// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Screen } from '../../src/app/Screen.tsx';
import { CASE_IDS, loadFixtureLibrary } from '../../src/views/fixtures/caseFixtures.ts';
import { failOnConsoleError } from './failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

describe('Screen(route, state)', () => {
  it('shows a case page for a known id', async () => {
    const library = await loadFixtureLibrary();
    render(
      <Screen route={{ name: 'case', id: CASE_IDS.kong }} state={{ status: 'ready', library }} />,
    );
    // The case page is loaded on demand: a loading status first, then its heading.
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toMatch(/^Kong/);
  });

  it('says "Case not found" with a link back for an unknown id, once loaded', async () => {
    const library = await loadFixtureLibrary();
    render(<Screen route={{ name: 'case', id: 'nobody' }} state={{ status: 'ready', library }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Case not found');
    expect(screen.getByRole('link', { name: 'Back to all cases' }).getAttribute('href')).toBe('#/');
  });

  it('waits for the library before judging a case id', () => {
    render(<Screen route={{ name: 'case', id: 'nobody' }} state={{ status: 'loading' }} />);
    expect(screen.getByRole('status').textContent).toContain('Loading');
    expect(screen.queryByText('Case not found')).toBeNull();
  });

  it('shows "Page not found" for an address that is no route', () => {
    render(<Screen route={{ name: 'not-found', hash: '#/x' }} state={{ status: 'loading' }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
  });
});
