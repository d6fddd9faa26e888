// @vitest-environment jsdom
// A part that throws shows a message in its place; the rest of the page keeps working.

import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ErrorBoundary } from '../../src/views/ErrorBoundary/ErrorBoundary.tsx';
import { CASE_IDS, fixtureOkCase } from '../../src/views/fixtures/caseFixtures.ts';

// One switch makes chosen real components throw, as a bug or an unforeseen case would.
const broken = vi.hoisted(() => ({ legend: false, lane: '' }));

vi.mock('../../src/views/Legend/Legend.tsx', async (orig) => {
  const real = await orig<typeof import('../../src/views/Legend/Legend.tsx')>();
  return {
    ...real,
    Legend: (props: Parameters<typeof real.Legend>[0]) => {
      if (broken.legend) throw new Error('legend exploded');
      return real.Legend(props);
    },
  };
});

vi.mock('../../src/views/Timeline/Lane.tsx', async (orig) => {
  const real = await orig<typeof import('../../src/views/Timeline/Lane.tsx')>();
  return {
    ...real,
    Lane: (props: Parameters<typeof real.Lane>[0]) => {
      if (props.box.id === broken.lane) throw new Error('lane exploded');
      return real.Lane(props);
    },
  };
});

const { CasePage } = await import('../../src/views/CasePage/CasePage.tsx');

function Thrower(): never {
  throw new Error('boom');
}

let errors: MockInstance<typeof console.error>;
let warns: MockInstance<typeof console.warn>;
beforeEach(() => {
  // React reports a caught render error on the console; these tests expect exactly that.
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  warns = vi.spyOn(console, 'warn').mockImplementation(() => {});
  broken.legend = false;
  broken.lane = '';
});
afterEach(() => {
  cleanup();
  errors.mockRestore();
  warns.mockRestore();
});

describe('ErrorBoundary', () => {
  it('shows its message in place of a failed part and keeps its siblings', () => {
    render(
      <div>
        <ErrorBoundary what="the legend">
          <Thrower />
        </ErrorBoundary>
        <p>still here</p>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Sorry, the legend could not be shown (boom). The rest of the page still works.',
    );
    expect(screen.getByText('still here')).toBeTruthy();
    expect(warns).toHaveBeenCalled();
  });

  it('draws its message as SVG text inside a chart', () => {
    const { container } = render(
      <svg>
        <ErrorBoundary what="the lane “Toxicities”" as="svg" y={40}>
          <Thrower />
        </ErrorBoundary>
      </svg>,
    );
    const g = container.querySelector('svg > g.render-error')!;
    expect(g.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(g.querySelector('text')?.getAttribute('y')).toBe('56');
    expect(g.textContent).toContain('the lane “Toxicities” could not be shown');
  });

  it('renders its children untouched when nothing fails', () => {
    render(
      <ErrorBoundary what="x">
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('error boundaries on the case page', () => {
  it('a failing legend shows its message; chart, events and sources stay', async () => {
    broken.legend = true;
    const load = await fixtureOkCase(CASE_IDS.zhou);
    const { container } = render(<CasePage load={load} urlSync={false} />);
    const failed = container.querySelectorAll('[data-render-error]');
    expect([...failed].map((e) => e.getAttribute('data-render-error'))).toEqual(['the legend']);
    expect(container.querySelectorAll('.timeline__svg [data-mark]').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.events > li')).toHaveLength(load.case.events.length);
    expect(container.querySelectorAll('.sources > li')).toHaveLength(load.case.sources.length);
  });

  it('a failing lane shows its message inside the chart; the other lanes keep their marks', async () => {
    const load = await fixtureOkCase(CASE_IDS.zhou);
    const whole = render(<CasePage load={load} urlSync={false} />);
    const lanes = [...whole.container.querySelectorAll('.timeline__svg g.lane')].map((l) =>
      l.getAttribute('data-lane'),
    );
    const marksBefore = whole.container.querySelectorAll('.timeline__svg [data-mark]').length;
    cleanup();
    broken.lane = 'toxicity';
    expect(lanes).toContain('toxicity');
    const { container } = render(<CasePage load={load} urlSync={false} />);
    const msg = container.querySelector('.timeline__svg g.render-error');
    expect(msg?.textContent).toMatch(/the lane “.+” could not be shown \(lane exploded\)/);
    const marksAfter = container.querySelectorAll('.timeline__svg [data-mark]').length;
    expect(marksAfter).toBeGreaterThan(0);
    expect(marksAfter).toBeLessThan(marksBefore);
    expect(container.querySelectorAll('.events > li')).toHaveLength(load.case.events.length);
  });
});
