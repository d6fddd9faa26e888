// @vitest-environment jsdom
// A long cohort lists and draws its first EAGER_ROWS rows at once, lists the others in idle time,
// draws a row's track as it comes near (IntersectionObserver), and draws them all before printing.
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entryCohort, type Cohort, type CohortRow } from '../../../src/core/cohort/index.ts';
import { SwimmerChart } from '../../../src/views/CohortPage/SwimmerChart.tsx';
import { EAGER_ROWS } from '../../../src/views/CohortPage/useLazyRows.ts';
import { loadFixtureSummary } from '../../../src/views/fixtures/caseFixtures.ts';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

/** An IntersectionObserver that reports only when the test says a row came near. */
class FakeObserver {
  static all: FakeObserver[] = [];
  observed = new Set<Element>();
  constructor(private report: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  /** Tells the live observers that `el` is near the view. */
  static near(el: Element) {
    for (const o of FakeObserver.all.filter((x) => x.observed.has(el)))
      o.report(
        [{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry],
        o as unknown as IntersectionObserver,
      );
  }
}

beforeEach(() => {
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return () => vi.unstubAllGlobals();
});

/** The shipped cohort's rows repeated under new ids until there are `n`. */
async function longCohort(n: number): Promise<Cohort> {
  const cohort = entryCohort((await loadFixtureSummary()).cases);
  const rows: CohortRow[] = Array.from({ length: n }, (_, i) => {
    const r = cohort.rows[i % cohort.rows.length]!;
    return { ...r, id: `${r.id}-${i}` };
  });
  return { ...cohort, rows };
}

const chart = (cohort: Cohort) => (
  <SwimmerChart rows={cohort.rows} cohort={cohort} scale="symlog" picked={[]} onPick={() => {}} />
);
const tracks = (root: HTMLElement) => root.querySelectorAll('svg.swimmer-track').length;
const row = (root: HTMLElement, i: number) => root.querySelectorAll('.swimmer-row')[i]!;

describe('SwimmerChart of a long cohort', () => {
  it('draws the first rows at once and the others, in boxes of the same size, as they come near', async () => {
    const cohort = await longCohort(EAGER_ROWS + 100);
    const { container } = render(chart(cohort));
    const listed = () => container.querySelectorAll('.swimmer-row').length;
    expect(listed()).toBe(EAGER_ROWS);
    expect(tracks(container)).toBe(EAGER_ROWS);
    // The others join the list in idle time, in order, without their tracks.
    await waitFor(() => expect(listed()).toBe(EAGER_ROWS + 100));
    const order = [...container.querySelectorAll('.swimmer-row')].map((r) =>
      r.getAttribute('data-case-id'),
    );
    expect(order).toEqual(cohort.rows.map((r) => r.id));
    expect(tracks(container)).toBe(EAGER_ROWS);
    const pending = container.querySelectorAll('.swimmer-row[data-pending]');
    expect(pending).toHaveLength(100);
    // Every row keeps its label and notes; a pending track is a box of the track's proportions.
    expect(pending[0]!.querySelector('.swimmer-row__link')).not.toBeNull();
    const box = pending[0]!.querySelector<HTMLElement>('.swimmer-track--pending')!;
    const svg = container.querySelector('svg.swimmer-track')!;
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect(box.style.aspectRatio.replace(/\s/g, '')).toBe(`${w}/${h}`);

    const later = row(container, EAGER_ROWS + 10);
    act(() => FakeObserver.near(later));
    expect(later.querySelector('svg.swimmer-track')).not.toBeNull();
    expect(later.hasAttribute('data-pending')).toBe(false);
    expect(tracks(container)).toBe(EAGER_ROWS + 1);
  });

  it('lists and draws every row before the page is printed', async () => {
    const cohort = await longCohort(EAGER_ROWS + 200);
    const { container } = render(chart(cohort));
    expect(tracks(container)).toBe(EAGER_ROWS);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(container.querySelectorAll('.swimmer-row')).toHaveLength(EAGER_ROWS + 200);
    expect(tracks(container)).toBe(EAGER_ROWS + 200);
  });

  it('draws a cohort of EAGER_ROWS or fewer at once, without observing', async () => {
    const cohort = await longCohort(EAGER_ROWS);
    const { container } = render(chart(cohort));
    expect(tracks(container)).toBe(EAGER_ROWS);
    expect(FakeObserver.all).toHaveLength(0);
  });
});
