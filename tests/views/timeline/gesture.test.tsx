// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { useEffect } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { syntheticCaseOfSize } from '../../../bench/synthetic/generateCase.ts';
import { layoutTimeline } from '../../../src/core/layout/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import type { ViewState } from '../../../src/app/viewStore/viewState.ts';
import { useView, ViewStoreProvider } from '../../../src/app/viewStore/ViewStoreContext.tsx';
import { DENSE_LIMIT, GESTURE_LIMIT } from '../../../src/views/Timeline/canvas/denseMarks.ts';
import { initialView } from '../../../src/views/Timeline/initialView.ts';
import { useTimelineModel } from '../../../src/views/Timeline/model/useTimelineModel.ts';
import { visibleMarks } from '../../../src/views/Timeline/model/visibleMarks.ts';
import { Overview } from '../../../src/views/Timeline/Overview.tsx';
import { Timeline } from '../../../src/views/Timeline/Timeline.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const c = syntheticCaseOfSize('S');
const rc = resolveCase(c);
const frame = initialView(c, rc).frame;
const layout = layoutTimeline(c, rc, { frame });
const marks = layout.lanes.flatMap((l) => l.marks);

/** A window in u holding between GESTURE_LIMIT and DENSE_LIMIT marks: SVG at rest. */
function middleWindow(): [number, number] {
  const uMax = layout.axis.uMax;
  for (let f = 0.9; f > 0.05; f -= 0.05) {
    const w: [number, number] = [uMax * (0.5 - f / 2), uMax * (0.5 + f / 2)];
    const n = visibleMarks(marks, w).length;
    if (n > GESTURE_LIMIT * 1.5 && n <= DENSE_LIMIT) return w;
  }
  throw new Error('no window with a mid-sized number of marks');
}

function Chart() {
  const model = useTimelineModel(c, rc);
  return <Timeline model={model} width={1200} />;
}

const view = (over: Partial<ViewState>) => initialView(c, rc, over);

// Each test renders a few hundred SVG marks with their labels in jsdom, some of them several
// times: seconds on a busy machine.
describe('zooming a busy chart', { timeout: 20_000 }, () => {
  it('a wheel gesture draws the marks on the canvas, and the SVG marks come back when it ends', async () => {
    vi.useFakeTimers();
    const [from, to] = middleWindow();
    const { container } = render(
      <ViewStoreProvider initial={view({ window: { unit: 'u', from, to } })}>
        <Chart />
      </ViewStoreProvider>,
    );
    const svgMarks = () => container.querySelectorAll('.timeline__svg [data-mark]').length;
    const atRest = svgMarks();
    expect(atRest).toBeGreaterThan(GESTURE_LIMIT);
    expect(container.querySelector('.timeline__dense')).toBeNull();
    const plot = container.querySelector('.timeline__plot')!;
    act(() => {
      fireEvent.wheel(plot, { deltaY: -100, clientX: 600, clientY: 200 });
    });
    expect(container.querySelector('.timeline__dense')).not.toBeNull();
    expect(svgMarks()).toBe(0);
    // d3-zoom ends a wheel gesture after 150 ms without wheeling.
    await act(async () => {
      vi.advanceTimersByTime(400);
    });
    await act(async () => {
      vi.runAllTimers();
    });
    expect(container.querySelector('.timeline__dense')).toBeNull();
    expect(svgMarks()).toBeGreaterThan(0);
  });

  it('while a wheel gesture moves the window only the chart re-renders; the store takes the last window when it ends', async () => {
    vi.useFakeTimers();
    let panelRenders = 0;
    let stored: ViewState['window'] = null;
    // Counts the commits of the panel above the chart, and reads the store's window after each.
    function Panel() {
      const model = useTimelineModel(c, rc);
      const window = useView((s) => s.window);
      useEffect(() => {
        panelRenders++;
        stored = window;
      });
      return <Timeline model={model} width={1200} />;
    }
    const { container } = render(
      <ViewStoreProvider initial={view({})}>
        <Panel />
      </ViewStoreProvider>,
    );
    const ticks = () =>
      [...container.querySelectorAll('.timeline__svg .axis__tick')].map((t) =>
        Number(/translate\(([-\d.]+)/.exec(t.getAttribute('transform')!)![1]),
      );
    const before = { renders: panelRenders, ticks: ticks(), stored };
    const plot = container.querySelector('.timeline__plot')!;
    for (let i = 0; i < 3; i++)
      act(() => {
        fireEvent.wheel(plot, { deltaY: -100, clientX: 600, clientY: 200 });
      });
    // The chart draws the gesture's latest window in the next animation frame.
    act(() => {
      vi.advanceTimersByTime(20);
    });
    const during = ticks();
    // The axis moved with the wheel, but neither the store nor the panel above the chart did.
    expect(during).not.toEqual(before.ticks);
    expect(panelRenders).toBe(before.renders);
    expect(stored).toEqual(before.stored);
    await act(async () => {
      vi.advanceTimersByTime(400);
    });
    await act(async () => {
      vi.runAllTimers();
    });
    // At the end the store holds the window the chart showed (stored in days, so within a
    // fraction of a pixel): the axis stays where it was.
    expect(stored).not.toEqual(before.stored);
    expect(panelRenders).toBeGreaterThan(before.renders);
    const after = ticks();
    expect(after).toHaveLength(during.length);
    after.forEach((x, i) => expect(Math.abs(x - during[i]!)).toBeLessThan(0.5));
  });

  it('a click on a mark of a busy chart at rest opens its details, marks staying SVG', () => {
    const [from, to] = middleWindow();
    const { container } = render(
      <ViewStoreProvider initial={view({ window: { unit: 'u', from, to } })}>
        <Chart />
      </ViewStoreProvider>,
    );
    const mark = container.querySelector('.timeline__svg [data-mark]')!;
    fireEvent.click(mark);
    expect(container.querySelector('.timeline__dense')).toBeNull();
    expect(container.querySelector('.mark--selected')).not.toBeNull();
  });

  it('the overview of a dense case draws the same tick strokes in one path per lane and colour', () => {
    const strip = renderToStaticMarkup(
      <Overview
        axis={layout.axis}
        lanes={layout.lanes}
        window={[0, layout.axis.uMax]}
        gutter={100}
        plotW={1000}
        defs="t"
        onWindow={() => {}}
      />,
    );
    const paths = [...strip.matchAll(/class="overview__tick tone-([^"]+)" d="([^"]+)"/g)];
    const tones = new Set(marks.filter((m) => m.place.kind !== 'none').map((m) => m.glyph.tone));
    expect(paths.length).toBeLessThanOrEqual(layout.lanes.length * tones.size);
    const strokes = paths.flatMap((p) => p[2]!.split('M').filter(Boolean));
    expect(strokes).toHaveLength(marks.filter((m) => m.place.kind !== 'none').length);
  });
});
