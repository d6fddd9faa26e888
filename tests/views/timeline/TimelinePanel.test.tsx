// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { legendFor } from '../../../src/core/glyphs/index.ts';
import { frameChoices, layoutTimeline } from '../../../src/core/layout/index.ts';
import { shortCitation } from '../../../src/core/summary/citation.ts';
import { TimelinePanel } from '../../../src/views/CasePage/TimelinePanel.tsx';
import { CASE_IDS, fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

async function panel(id: string, urlSync = false) {
  const { case: c, resolved: rc } = await fixtureOkCase(id);
  const view = render(<TimelinePanel c={c} rc={rc} urlSync={urlSync} />);
  const layout = layoutTimeline(c, rc, { frame: frameChoices(c, rc)[0]!.frame });
  return { c, rc, layout, ...view };
}

const ticks = (root: HTMLElement) =>
  [...root.querySelectorAll('.timeline .axis [data-tick]')].map((t) => t.getAttribute('data-tick'));

describe('TimelinePanel', () => {
  it.each(Object.values(CASE_IDS))(
    '%s: one focusable mark per layout mark, legend of exactly their glyphs',
    async (id) => {
      const { container, layout } = await panel(id);
      const marks = layout.lanes.flatMap((l) => l.marks);
      const drawn = container.querySelectorAll('.timeline__svg [data-mark]');
      expect(drawn).toHaveLength(marks.length);
      for (const m of drawn) {
        expect(m.getAttribute('tabindex')).toBe('0');
        expect(m.getAttribute('aria-label')).toBeTruthy();
      }
      const keys = [
        ...container.querySelectorAll('.legend__item:not(.legend__item--convention)'),
      ].map((e) => e.getAttribute('data-legend-key'));
      expect(keys).toEqual(legendFor(marks.map((m) => m.glyph)).map((e) => e.key));
      expect(container.querySelector('.timeline__svg desc')?.textContent).toMatch(/^Timeline of /);
    },
  );

  it('a click opens the details: time as resolved and stated, grade meaning, citation and locator', async () => {
    const { container, c } = await panel(CASE_IDS.zhou);
    fireEvent.click(container.querySelector('[data-mark="crs"]')!);
    const detail = container.querySelector('.detail[data-detail="crs"]')!;
    const crs = c.events.find((e) => e.id === 'crs')!;
    const text = detail.textContent ?? '';
    expect(text).toContain(shortCitation(c.sources[0]!));
    expect(text).toContain(crs.provenance.locator);
    expect(text).toContain('Stated by the source');
    expect(text).toMatch(/without naming the grading scale/);
    expect(text).toMatch(/as stated:/);
    fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(container.querySelector('.detail[data-detail]')).toBeNull();
  });

  it('Enter on a focused mark opens it too', async () => {
    const { container } = await panel(CASE_IDS.zhou);
    fireEvent.keyDown(container.querySelector('[data-mark="icans"]')!, { key: 'Enter' });
    expect(container.querySelector('.detail[data-detail="icans"]')?.textContent).toContain(
      'did not occur',
    );
  });

  it('+ zooms in, arrows pan, 0 resets (ticks follow the window)', async () => {
    const { container } = await panel(CASE_IDS.sun);
    const svg = container.querySelector<SVGSVGElement>('.timeline__svg')!;
    const all = ticks(container);
    fireEvent.keyDown(svg, { key: '+' });
    const zoomed = ticks(container);
    expect(zoomed).not.toEqual(all);
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(ticks(container)).not.toEqual(zoomed);
    fireEvent.keyDown(svg, { key: '0' });
    expect(ticks(container)).toEqual(all);
  });

  it('the Table toggle swaps the chart for a table with one row per mark', async () => {
    const { container, layout } = await panel(CASE_IDS.marina);
    fireEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(container.querySelector('.timeline__svg')).toBeNull();
    const rows = container.querySelectorAll('table [data-mark-row]');
    expect(rows).toHaveLength(layout.lanes.flatMap((l) => l.marks).length + layout.unplaced.length);
    expect(container.querySelector('table caption')?.textContent).toMatch(/Every mark/);
  });

  it('switching Grandma Sun to calendar time shows the labelled breaks', async () => {
    const { container } = await panel(CASE_IDS.sun);
    fireEvent.change(screen.getByLabelText('Time axis'), { target: { value: 'cal' } });
    const labels = [...container.querySelectorAll('.break-mark__label')].map((t) => t.textContent);
    // The gap is worded as the range the year-precise dates allow ("≈ 2–4 years").
    expect(labels.some((t) => /^≈ \d+(–\d+)? years$/.test(t ?? ''))).toBe(true);
  });

  it('a lane collapses from its title and comes back from the lane list', async () => {
    const { container } = await panel(CASE_IDS.zhou);
    const toggle = screen.getByRole('button', { name: 'Toxicities lane: collapse' });
    fireEvent.click(toggle);
    expect(container.querySelector('.lane--toxicity')).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Toxicities lane: show' }).getAttribute('aria-expanded'),
    ).toBe('false');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Toxicities' }));
    expect(container.querySelector('.lane--toxicity')).not.toBeNull();
  });

  it('Kong says its figure-only series were measured without values', async () => {
    const { container } = await panel(CASE_IDS.kong);
    const words = [...container.querySelectorAll('.figure-only__text')].map((t) => t.textContent);
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(w).toMatch(/measured \(figure\), values not reported$/);
  });

  it('writes the view into the address after a pause, and follows an edited address', async () => {
    vi.useFakeTimers();
    try {
      window.history.replaceState(null, '', '#/case/003-zhou');
      const { container } = await panel(CASE_IDS.zhou, true);
      fireEvent.keyDown(container.querySelector('.timeline__svg')!, { key: '+' });
      await act(async () => vi.advanceTimersByTime(200));
      expect(window.location.hash).toMatch(/^#\/case\/003-zhou\?v=1&frame=rel%3Acart&from=/);
      act(() => {
        window.history.replaceState(null, '', '#/case/003-zhou?v=1&sel=crs');
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      expect(container.querySelector('.detail[data-detail="crs"]')).not.toBeNull();
    } finally {
      vi.useRealTimers();
      window.history.replaceState(null, '', '#/');
    }
  });
});
