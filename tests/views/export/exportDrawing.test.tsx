// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticCaseOfSize } from '../../../bench/synthetic/generateCase.ts';
import { ViewStoreProvider } from '../../../src/app/viewStore/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { DENSE_LIMIT } from '../../../src/views/Timeline/canvas/denseMarks.ts';
import { initialView } from '../../../src/views/Timeline/initialView.ts';
import { useTimelineModel } from '../../../src/views/Timeline/model/useTimelineModel.ts';
import { Timeline } from '../../../src/views/Timeline/Timeline.tsx';

afterEach(cleanup);

// Generated (not patient data): the benchmark's S case, dense enough for the canvas at full view.
const c = syntheticCaseOfSize('S');
const rc = resolveCase(c);

/** The chart, with the number of marks in its window written beside it for the test to read. */
function Chart({ exporting }: { exporting: boolean }) {
  const model = useTimelineModel(c, rc);
  return (
    <div data-visible={model.visible.length}>
      <Timeline model={model} width={1200} forceSvg={exporting} />
    </div>
  );
}

const panel = (exporting: boolean) => (
  <ViewStoreProvider initial={initialView(c, rc)}>
    <Chart exporting={exporting} />
  </ViewStoreProvider>
);

// A comparison's export sets the app's export flag and its panes pass it to their charts as
// forceSvg (the chart itself reads no store): the chart must switch both ways on that prop.
describe('the export drawing switch', () => {
  it('turns a dense chart on canvas into SVG marks while the page asks, and back after', () => {
    const { container, rerender } = render(panel(false));
    const svgMarks = () => container.querySelectorAll('.timeline__svg [data-mark]').length;
    const visible = Number(container.querySelector('[data-visible]')!.getAttribute('data-visible'));
    expect(visible).toBeGreaterThan(DENSE_LIMIT);
    expect(container.querySelector('canvas.timeline__dense')).not.toBeNull();
    expect(svgMarks()).toBe(0);

    rerender(panel(true));
    expect(container.querySelector('canvas.timeline__dense')).toBeNull();
    expect(svgMarks()).toBe(visible);

    rerender(panel(false));
    expect(container.querySelector('canvas.timeline__dense')).not.toBeNull();
    expect(svgMarks()).toBe(0);
    // Over 600 SVG marks with their labels placed, rendered in jsdom: seconds on a busy machine.
  }, 20_000);
});
