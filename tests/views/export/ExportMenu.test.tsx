// @vitest-environment jsdom
// The Export toolbar: its buttons, its slot for more, Print, the printed sources, and an SVG
// download made from the chart beside it.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sourceCitation } from '../../../src/core/export/index.ts';
import { ExportMenu } from '../../../src/views/Export/ExportMenu.tsx';
import { TimelinePanel } from '../../../src/views/CasePage/TimelinePanel.tsx';
import { CASE_IDS, fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';
import { failOnConsoleError } from '../failOnConsoleError.ts';

failOnConsoleError();

/** The export toolbar's own status line (the case panel beside it has one of its own). */
const exportStatus = () =>
  within(screen.getByRole('toolbar', { name: 'Export' })).getByRole('status');
/** The export code is loaded on first use: on a busy machine that takes a few seconds. */
const WAIT = { timeout: 15000 };
/** A case export renders the chart in jsdom, then draws the file from its scene. */
const SLOW = 30000;

let saved: Array<{ name: string; blob: Blob }> = [];
beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (b: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExportMenu', () => {
  it('offers SVG, PNG 1×/2×/4×, Print and Offline HTML, and shows buttons passed to it', async () => {
    const zhou = await fixtureOkCase(CASE_IDS.zhou);
    render(
      <ExportMenu view="case" loads={[zhou]}>
        <button type="button">Share / embed</button>
      </ExportMenu>,
    );
    const bar = screen.getByRole('toolbar', { name: 'Export' });
    const names = [...bar.querySelectorAll('button')].map(
      (b) => b.getAttribute('aria-label') ?? b.textContent,
    );
    expect(names).toEqual([
      'SVG',
      'PNG 1×',
      'PNG 2×',
      'PNG 4×',
      'Print',
      'Offline HTML',
      'Share / embed',
    ]);
  });

  it('Print opens the browser print dialog; the printed note cites the case sources', async () => {
    const zhou = await fixtureOkCase(CASE_IDS.zhou);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { container } = render(<ExportMenu view="case" loads={[zhou]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    expect(container.querySelector('.export-print-note')!.textContent).toBe(
      `Source: ${sourceCitation(zhou.case.sources[0]!)}`,
    );
  });

  it(
    'SVG saves caselines-003-zhou.svg holding the chart beside the toolbar',
    async () => {
      const zhou = await fixtureOkCase(CASE_IDS.zhou);
      render(
        <article className="case">
          <ExportMenu view="case" loads={[zhou]} />
          <TimelinePanel c={zhou.case} rc={zhou.resolved} urlSync={false} />
        </article>,
      );
      const marks = document.querySelectorAll('.timeline__svg [data-mark]').length;
      fireEvent.click(screen.getByRole('button', { name: 'SVG' }));
      await waitFor(() => expect(exportStatus().textContent).toMatch(/^Saved/), WAIT);
      expect(saved.map((s) => s.name)).toEqual(['caselines-003-zhou.svg']);
      const text = await saved[0]!.blob.text();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.querySelectorAll('[data-mark]')).toHaveLength(marks);
      expect(marks).toBeGreaterThan(5);
      expect(text).toContain('doi:10.3389/fimmu.2024.1519055');
    },
    SLOW,
  );

  it(
    'draws the file from the case, not the page: it holds the chart even where none is shown',
    async () => {
      const zhou = await fixtureOkCase(CASE_IDS.zhou);
      render(
        <article className="case">
          <ExportMenu view="case" loads={[zhou]} />
        </article>,
      );
      fireEvent.click(screen.getByRole('button', { name: 'SVG' }));
      await waitFor(() => expect(exportStatus().textContent).toMatch(/^Saved/), WAIT);
      const text = await saved[0]!.blob.text();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.querySelectorAll('[data-mark]').length).toBeGreaterThan(5);
      expect(doc.querySelectorAll('[data-role="legend"] [data-legend-key]').length).toBeGreaterThan(
        3,
      );
    },
    SLOW,
  );
});
