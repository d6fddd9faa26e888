// @vitest-environment jsdom
// The editor's preview as a draft grows from nothing: a draft that passes the validator before it
// has any event (the check runs whenever typing pauses, so a slow machine meets it) is drawn as an
// empty chart, and the next version, with a diagnosis, shows its mark. A version the chart cannot
// draw does not hide the versions after it.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newCaseDraft } from '../../../src/core/editor/index.ts';
import { checkCaseText } from '../../../src/core/validate/index.ts';
import { PreviewPane } from '../../../src/views/Editor/PreviewPane.tsx';
import { failOnConsoleError } from '../failOnConsoleError.ts';

// The real chart, except that it throws for a case titled "Unrenderable": a stand-in for any
// version of a draft the chart fails on.
vi.mock('../../../src/views/Timeline/Timeline.tsx', async (real) => {
  const mod = await real<typeof import('../../../src/views/Timeline/Timeline.tsx')>();
  return {
    ...mod,
    Timeline: (props: Parameters<typeof mod.Timeline>[0]) => {
      if (props.model.c.title === 'Unrenderable') throw new Error('cannot draw this version');
      return mod.Timeline(props);
    },
  };
});

afterEach(cleanup);

/** A draft as the browser check types it: everything a case needs, and the events given. */
function draft(events: unknown[], title = 'Preview test') {
  const doc = {
    ...newCaseDraft('2026-01-02'),
    id: 'preview-test',
    title,
    summary: 'A draft made by the preview test.',
    sources: [
      {
        id: 'source-1',
        type: 'journal-article',
        title: 'A report',
        authors: [],
        url: 'https://example.org/r',
      },
    ],
    patient: {
      disease: {
        name: 'A disease',
        provenance: { source: 'source-1', locator: 'Abstract', basis: 'stated' },
      },
    },
    events,
  };
  const r = checkCaseText(JSON.stringify(doc), 'preview-test.json');
  if (!r.case || !r.resolved) throw new Error(JSON.stringify(r.problems));
  return { c: r.case, rc: r.resolved, current: true };
}

const diagnosis = {
  id: 'diagnosis-1',
  kind: 'diagnosis',
  label: 'Diagnosed',
  time: { kind: 'year', year: 2019 },
  provenance: { source: 'source-1', locator: 'Case presentation', basis: 'stated' },
};

const marks = (container: HTMLElement) =>
  [...container.querySelectorAll('.ed-preview svg [data-mark]')].map((m) =>
    m.getAttribute('data-mark'),
  );

describe('the editor preview', { timeout: 20_000 }, () => {
  describe('without console errors', () => {
    failOnConsoleError();
    it('draws a draft with no events, then the mark of the diagnosis added to it', () => {
      const { container, rerender } = render(<PreviewPane {...draft([])} />);
      expect(screen.queryByText(/could not be shown/)).toBeNull();
      expect(container.querySelector('.ed-preview svg.timeline__svg')).not.toBeNull();
      expect(marks(container)).toEqual([]);
      rerender(<PreviewPane {...draft([diagnosis])} />);
      expect(marks(container)).toEqual(['diagnosis-1']);
    });
  });

  it('draws the next version after one it could not draw', () => {
    // The error boundary reports the failure (console.warn) and React logs it: expected here.
    const quiet = [
      vi.spyOn(console, 'error').mockImplementation(() => {}),
      vi.spyOn(console, 'warn').mockImplementation(() => {}),
    ];
    const { container, rerender } = render(<PreviewPane {...draft([diagnosis], 'Unrenderable')} />);
    expect(screen.getByText(/the preview could not be shown/)).not.toBeNull();
    rerender(<PreviewPane {...draft([diagnosis])} />);
    expect(screen.queryByText(/could not be shown/)).toBeNull();
    expect(marks(container)).toEqual(['diagnosis-1']);
    quiet.forEach((s) => s.mockRestore());
  });
});
