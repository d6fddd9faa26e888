// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Screen } from '../../src/app/Screen.tsx';
import { useLibraryStore } from '../../src/app/store/libraryStore.ts';
import {
  CASE_IDS,
  fixtureReader,
  loadFixtureSummary,
} from '../../src/views/fixtures/caseFixtures.ts';
import { failOnConsoleError } from './failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

describe('Screen(route, state)', () => {
  it('shows a case page for a known id, reading that case file alone', async () => {
    const summary = await loadFixtureSummary();
    const reads: string[] = [];
    const read = fixtureReader();
    const state = { status: 'ready', summary } as const;
    useLibraryStore.setState({
      state,
      loaded: {},
      reader: (p) => {
        reads.push(p);
        return read(p);
      },
    });
    render(<Screen route={{ name: 'case', id: CASE_IDS.kong }} state={state} />);
    // The case file and the page's code are read on demand: a loading status first, then its heading.
    expect(
      (await screen.findByRole('heading', { level: 1 }, { timeout: 15000 })).textContent,
    ).toMatch(/^Kong/);
    expect(reads).toEqual(['cases/004-kong.json']);
  }, 30_000);

  it('says "Case not found" with a link back for an unknown id, once loaded', async () => {
    const summary = await loadFixtureSummary();
    render(<Screen route={{ name: 'case', id: 'nobody' }} state={{ status: 'ready', summary }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Case not found');
    expect(screen.getByRole('link', { name: 'Back to all cases' }).getAttribute('href')).toBe('#/');
  });

  it('waits for the library before judging a case id', () => {
    render(<Screen route={{ name: 'case', id: 'nobody' }} state={{ status: 'loading' }} />);
    expect(screen.getByRole('status').textContent).toContain('Loading');
    expect(screen.queryByText('Case not found')).toBeNull();
  });

  it('opens the editor on a new draft without waiting for the library', async () => {
    const loading = { status: 'loading' } as const;
    const { rerender } = render(<Screen route={{ name: 'editor', draft: null }} state={loading} />);
    // A new draft is made and the address names it; the route then shows its form.
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/edit\?draft=/), {
      timeout: 15000,
    });
    const draft = new URLSearchParams(window.location.hash.split('?')[1]).get('draft');
    rerender(<Screen route={{ name: 'editor', draft }} state={loading} />);
    expect(
      (await screen.findByRole('heading', { level: 1 }, { timeout: 15000 })).textContent,
    ).toMatch(/^Editing/);
  }, 30_000);

  it('shows "Page not found" for an address that is no route', () => {
    render(<Screen route={{ name: 'not-found', hash: '#/x' }} state={{ status: 'loading' }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page not found');
  });
});
