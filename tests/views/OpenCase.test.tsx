// @vitest-environment jsdom
// The landing page's opener, wired to the real store and validator: picker, drop and paste.

import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failOnConsoleError } from './failOnConsoleError.ts';
import { useLibraryStore } from '../../src/app/store/libraryStore.ts';
import { MAX_CASE_BYTES, sizeText } from '../../src/core/validate/limits.ts';
import { Landing } from '../../src/views/Landing/Landing.tsx';
import { CasePage } from '../../src/views/CasePage/CasePage.tsx';
import { Screen } from '../../src/app/Screen.tsx';
import { loadFixtureSummary } from '../../src/views/fixtures/caseFixtures.ts';

const GOOD = readFileSync('tests/fixtures/valid/minimal-case.json', 'utf8');
const CYCLE = readFileSync('tests/fixtures/malformed/offset-cycle.json', 'utf8');

const file = (text: string, name: string) => new File([text], name, { type: 'application/json' });

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#/';
  useLibraryStore.setState({ opened: [], ownFiles: {}, keepInBrowser: false, storageNote: null });
});
afterEach(cleanup);
failOnConsoleError();

async function landing() {
  const summary = await loadFixtureSummary();
  render(<Landing state={{ status: 'ready', summary }} />);
  return summary;
}

describe('Open your own case', () => {
  it('opens pasted JSON and lists it as the reader’s own file, beside the library', async () => {
    const library = await landing();
    fireEvent.change(screen.getByLabelText('Or paste the JSON of a case'), {
      target: { value: GOOD },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open pasted text' }));
    // The checker loads on demand, so the outcome shows a moment later.
    const result = await screen.findByRole('status', {}, { timeout: 15_000 });
    expect(result.textContent).toContain('pasted text');
    const link = within(result).getByRole('link');
    expect(link.getAttribute('href')).toBe('#/case/own%3Afixture-minimal');
    // A file that opens goes straight to its timeline.
    expect(window.location.hash).toBe('#/case/own%3Afixture-minimal');
    const item = document.querySelector('.opened__item')!;
    expect(item.textContent).toContain('your file: pasted text');
    expect(document.querySelectorAll('.card')).toHaveLength(library.cases.length);
    // The landing page's search and facets make role queries slow in jsdom.
  }, 30_000);

  it('lists a picked file’s problems with path, line and column, and does not add it', async () => {
    await landing();
    const input = screen.getByLabelText('Choose a case file (.json)');
    await act(async () => {
      fireEvent.change(input, { target: { files: [file(CYCLE, 'cycle.json')] } });
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('cycle.json could not be opened: 1 problem to fix');
    const problem = alert.querySelector('.problem')!;
    expect(problem.querySelector('.problem__where')?.textContent).toMatch(/^cycle\.json:\d+:\d+$/);
    expect(problem.querySelector('.problem__path')?.textContent).toBe('events[0].time');
    expect(window.location.hash).toBe('#/');
    expect(problem.textContent).toContain(
      'offsets form a cycle: "Diagnosis" (dx) → "CAR-T infusion" (car-t) → "Diagnosis" (dx)',
    );
    expect(useLibraryStore.getState().opened).toEqual([]);
  });

  it('opens a dropped file', async () => {
    await landing();
    await act(async () => {
      fireEvent.drop(screen.getByTestId('case-drop'), {
        dataTransfer: { files: [file(GOOD, 'dropped.json')] },
      });
    });
    await waitFor(() => expect(useLibraryStore.getState().opened).toHaveLength(1));
    expect(screen.getByRole('status').textContent).toContain('dropped.json');
    expect(window.location.hash).toBe('#/case/own%3Afixture-minimal');
  });

  it('stays on the library when several files are opened at once, listing each', async () => {
    await landing();
    const other = GOOD.replace('"id": "fixture-minimal"', '"id": "fixture-other"');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Choose a case file (.json)'), {
        target: { files: [file(GOOD, 'a.json'), file(other, 'b.json')] },
      });
    });
    await waitFor(() => expect(useLibraryStore.getState().opened).toHaveLength(2));
    expect(screen.getAllByRole('status')).toHaveLength(2);
    expect(window.location.hash).toBe('#/');
  });

  it('refuses a file above the size limit from its size, with the limit in the message', async () => {
    await landing();
    const big = file(' '.repeat(MAX_CASE_BYTES + 1), 'big.json');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Choose a case file (.json)'), {
        target: { files: [big] },
      });
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      `expected a case file of at most ${sizeText(MAX_CASE_BYTES)}`,
    );
    expect(alert.textContent).toContain(
      `found a file of ${sizeText(MAX_CASE_BYTES + 1)} (${(MAX_CASE_BYTES + 1).toLocaleString('en')} bytes)`,
    );
  });

  it('forgets a case with its button and keeps it in this browser only when asked', async () => {
    await landing();
    await useLibraryStore.getState().openOwnFile(GOOD, 'mine.json');
    await screen.findByText('your file: mine.json');
    fireEvent.click(screen.getByRole('checkbox', { name: /Keep my files in this browser/ }));
    // Storage is written by code loaded on demand, a moment later.
    await vi.waitFor(() =>
      expect(localStorage.getItem('caselines:own-cases:v1')).toContain('mine.json'),
    );
    fireEvent.click(screen.getByRole('button', { name: /^Forget / }));
    expect(useLibraryStore.getState().opened).toEqual([]);
    await vi.waitFor(() => expect(localStorage.getItem('caselines:own-cases:v1')).toBeNull());
    expect(document.querySelector('.opened__item')).toBeNull();
  });
});

describe('a link to an own case in a browser that does not hold it', () => {
  it('says the case lives only in the browser that opened it, and opens the file here', async () => {
    const summary = await loadFixtureSummary();
    render(
      <Screen
        route={{ name: 'case', id: 'own:fixture-minimal' }}
        state={{ status: 'ready', summary }}
        opened={[]}
      />,
    );
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('This case is in another browser');
    const text = document.querySelector('.own-elsewhere')!.textContent!;
    expect(text).toContain('own:fixture-minimal was opened from a file');
    expect(text).toContain('lives only in the browser that opened it');
    expect(text).not.toContain('The library has no case');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Choose a case file (.json)'), {
        target: { files: [file(GOOD, 'mine.json')] },
      });
    });
    await waitFor(() => expect(useLibraryStore.getState().opened).toHaveLength(1));
    expect(window.location.hash).toBe('#/case/own%3Afixture-minimal');
  });

  it('keeps "Case not found" for a library id nobody has', async () => {
    const summary = await loadFixtureSummary();
    render(
      <Screen
        route={{ name: 'case', id: 'no-such-case' }}
        state={{ status: 'ready', summary }}
        opened={[]}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Case not found');
  });
});

describe('an opened case elsewhere in the app', () => {
  it('opens at #/case/own:<id> and says it is the reader’s own file', async () => {
    const load = await useLibraryStore.getState().openOwnFile(GOOD, 'mine.json');
    const summary = await loadFixtureSummary();
    const { container } = render(
      <Screen
        route={{ name: 'case', id: 'own:fixture-minimal' }}
        state={{ status: 'ready', summary }}
        opened={[load]}
      />,
    );
    // The case page's code loads on demand: slow on a busy machine.
    await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 });
    expect(container.querySelector('.case__own')?.textContent).toContain('Your own file');
    cleanup();
    const page = render(<CasePage load={load} urlSync={false} />);
    expect(page.container.querySelector('.timeline__svg')).not.toBeNull();
  }, 30_000);
});
