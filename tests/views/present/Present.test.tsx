// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { leaveLink, parseEmbedQuery, presentLink, stepCase } from '../../../src/app/embed/index.ts';
import { parseHash } from '../../../src/app/router/route.ts';
import type { LibraryLoad } from '../../../src/core/library/loadLibrary.ts';
import { CASE_IDS, loadFixtureLibrary } from '../../../src/views/fixtures/caseFixtures.ts';
import { Present } from '../../../src/views/Present/Present.tsx';
import { PresentButton } from '../../../src/views/Present/PresentButton.tsx';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

let library: LibraryLoad | undefined;
const cases = async () => (library ??= await loadFixtureLibrary()).cases;
const query = (href: string) => {
  const route = parseHash(href);
  if (route.name !== 'present') throw new Error(`not a presentation: ${href}`);
  return route.query;
};
const ids = ['a-1', 'b-2', 'c-3'];

describe('presentation links', () => {
  it('a page becomes a still slide of the same view, and leaving returns to that view', () => {
    const href = presentLink({ view: 'case', caseId: 'b-2', query: 'v=1&from=-5&to=30' });
    const q = query(href);
    const { options, inner } = parseEmbedQuery(q);
    expect(options).toMatchObject({ view: 'case', caseId: 'b-2', preset: 'slide', still: true });
    expect(new URLSearchParams(inner).get('from')).toBe('-5');
    expect(leaveLink(q)).toBe('#/case/b-2?v=1&from=-5&to=30');
    expect(leaveLink(query(presentLink({ view: 'cohort', query: 'v=1&sort=crs' })))).toBe(
      '#/cohort?v=1&sort=crs',
    );
    expect(leaveLink(query(presentLink({ view: 'compare', query: 'v=1&a=x&b=y' })))).toBe(
      '#/compare?v=1&a=x&b=y',
    );
  });

  it('steps through the library in order, wrapping at the ends, each case at its own default view', () => {
    const q = query(presentLink({ view: 'case', caseId: 'c-3', query: 'v=1&from=-5' }));
    const next = parseEmbedQuery(query(stepCase(q, ids, 1)!));
    expect(next.options.caseId).toBe('a-1');
    expect(next.options.preset).toBe('slide');
    expect(new URLSearchParams(next.inner).has('from')).toBe(false);
    expect(parseEmbedQuery(query(stepCase(q, ids, -1)!)).options.caseId).toBe('b-2');
    expect(stepCase(query(presentLink({ view: 'cohort', query: '' })), ids, 1)).toBeNull();
  });
});

describe('Present', () => {
  it('draws the case as a slide; → and ← step to the neighbours, Escape leaves', async () => {
    const go = vi.fn();
    const all = await cases();
    const order = all.filter((c) => c.status === 'ok').map((c) => c.entry.id);
    const at = order.indexOf(CASE_IDS.zhou);
    const q = query(presentLink({ view: 'case', caseId: CASE_IDS.zhou, query: '' }));
    const { container } = render(<Present query={q} cases={all} go={go} />);
    expect(container.querySelector('.embed.preset-slide .timeline__svg')).not.toBeNull();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(parseEmbedQuery(query(go.mock.lastCall![0])).options.caseId).toBe(
      order[(at + 1) % order.length],
    );
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(parseEmbedQuery(query(go.mock.lastCall![0])).options.caseId).toBe(
      order[(at - 1 + order.length) % order.length],
    );
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(go).toHaveBeenLastCalledWith(`#/case/${CASE_IDS.zhou}`);
  }, 20_000);

  it('has buttons for the same steps, and none to step a cohort', async () => {
    const go = vi.fn();
    const all = await cases();
    const q = query(presentLink({ view: 'case', caseId: CASE_IDS.zhou, query: '' }));
    render(<Present query={q} cases={all} go={go} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next case' }));
    expect(go).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: /Leave/ }));
    expect(go).toHaveBeenLastCalledWith(`#/case/${CASE_IDS.zhou}`);
    cleanup();
    render(<Present query={query(presentLink({ view: 'cohort', query: '' }))} cases={all} />);
    expect(screen.queryByRole('button', { name: 'Next case' })).toBeNull();
    expect(screen.getByRole('button', { name: /Leave/ })).toBeTruthy();
  }, 20_000);

  it('a comparison steps from its charts to their full legend with →, and back with ←', async () => {
    const go = vi.fn();
    const all = await cases();
    const q = query(
      presentLink({ view: 'compare', query: `v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}` }),
    );
    const { container } = render(<Present query={q} cases={all} go={go} />);
    const entries = () => container.querySelectorAll('.legend [data-legend-key]').length;
    expect(container.querySelectorAll('.slide-pane .timeline__svg')).toHaveLength(2);
    const slideRow = entries();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(container.querySelector('.slide-pane')).toBeNull();
    expect(container.querySelector('.legend__item--more')).toBeNull();
    expect(entries()).toBeGreaterThan(slideRow);
    expect(screen.getByRole('button', { name: 'Charts' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(container.querySelectorAll('.slide-pane .timeline__svg')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Full legend' }));
    expect(container.querySelector('.slide-pane')).toBeNull();
    expect(go).not.toHaveBeenCalled();
  }, 20_000);

  it('the Present button opens the page as it is addressed now', () => {
    const go = vi.fn();
    window.location.hash = '#/case/x-1?v=1&from=2&to=9';
    render(<PresentButton view="case" caseId="x-1" go={go} />);
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    const { options, inner } = parseEmbedQuery(query(go.mock.lastCall![0]));
    expect(options).toMatchObject({ view: 'case', caseId: 'x-1', preset: 'slide' });
    expect(new URLSearchParams(inner).get('to')).toBe('9');
  });
});
