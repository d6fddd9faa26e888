// The case chart with every mark in SVG, for exporting a dense view: on screen, more than a few
// hundred marks in view are painted on a canvas, which a vector file cannot hold. The chart is
// drawn once more, off-screen, in the view the address holds, with the canvas turned off.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Case } from '../../core/format/index.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { viewQueryContext } from '../../app/embed/index.ts';
import { hashQuery, parseViewQuery } from '../../app/url/index.ts';
import { createViewStore } from '../../app/viewStore/index.ts';
import { ViewStoreProvider } from '../../app/viewStore/index.ts';
import { useTimelineModel } from '../Timeline/model/useTimelineModel.ts';
import { Timeline } from '../Timeline/Timeline.tsx';
import type { SceneTarget } from '../../scene/index.ts';

const EXPORT_TARGET: SceneTarget = { kind: 'export' };

function AllMarks({ c, rc, width }: { c: Case; rc: ResolvedCase; width: number }) {
  const model = useTimelineModel(c, rc);
  return <Timeline model={model} width={width} forceSvg target={EXPORT_TARGET} />;
}

/** An off-screen chart and the function that removes it again. */
export interface OffscreenChart {
  /** The chart's SVG, attached to the page (computed styles need the page's stylesheet). */
  svg: SVGSVGElement;
  /** Unmounts and removes the chart. */
  dispose: () => void;
}

/**
 * Draws the case's chart at `width` with every mark in SVG, in the view of the current address
 * (frame, window, lanes: what the reader sees), inside `host` (a page element, so styles apply).
 */
export function renderAllMarks(
  c: Case,
  rc: ResolvedCase,
  width: number,
  host: Element,
): OffscreenChart {
  const store = createViewStore(
    parseViewQuery(hashQuery(window.location.hash), viewQueryContext(c, rc)),
  );
  const box = host.ownerDocument.createElement('div');
  box.className = 'export-offscreen';
  box.setAttribute('aria-hidden', 'true');
  host.appendChild(box);
  const root = createRoot(box);
  flushSync(() =>
    root.render(
      <ViewStoreProvider initial={store.getState()} store={store}>
        <AllMarks c={c} rc={rc} width={width} />
      </ViewStoreProvider>,
    ),
  );
  const svg = box.querySelector<SVGSVGElement>('.timeline__svg');
  const dispose = () => {
    root.unmount();
    box.remove();
  };
  if (!svg) {
    dispose();
    throw new Error('The chart could not be drawn for export.');
  }
  return { svg, dispose };
}
