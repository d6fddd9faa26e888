import { useRef, useState } from 'react';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { parseViewQuery } from '../../app/url/index.ts';
import { viewQueryContext } from '../../app/embed/index.ts';
import { createViewStore } from '../../app/viewStore/index.ts';
import { ViewStoreProvider } from '../../app/viewStore/index.ts';
import { DetailPanel } from '../DetailPanel/DetailPanel.tsx';
import { useCloseDetails } from '../DetailPanel/useCloseDetails.ts';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary.tsx';
import { Legend } from '../Legend/Legend.tsx';
import { useTimelineModel } from '../Timeline/model/useTimelineModel.ts';
import { Timeline } from '../Timeline/Timeline.tsx';
import { createPortal } from 'react-dom';
import { useConventionsInView } from '../Legend/useConventionsInView.ts';
import type { SceneTarget } from '../../scene/index.ts';

type Loaded = Extract<CaseLoad, { status: 'ok' }>;

/** Props of EmbedCase. */
export interface EmbedCaseProps {
  /** The case. */
  load: Loaded;
  /** The case view parameters of the link (frame, window, lanes, selection). */
  inner: string;
  /** Width to lay the chart out at (the stage's fit). */
  width: number;
  /** Show the legend. */
  legend: boolean;
  /** Where an opened mark's details go: outside the scaled picture, over the frame; none when still. */
  detailHost: HTMLElement | null;
  /** What the chart is drawn for: a slide sizes its text for the room; the screen when absent. */
  target?: SceneTarget;
}

/** One case's timeline as its link describes it, with its legend; nothing else of the case page. */
export function EmbedCase({ load, inner, width, legend, detailHost, target }: EmbedCaseProps) {
  const { case: c, resolved: rc } = load;
  const [store] = useState(() => createViewStore(parseViewQuery(inner, viewQueryContext(c, rc))));
  return (
    <ViewStoreProvider initial={store.getState()} store={store}>
      <CaseChart
        load={load}
        width={width}
        legend={legend}
        detailHost={detailHost}
        {...(target ? { target } : {})}
      />
    </ViewStoreProvider>
  );
}

function CaseChart({ load, width, legend, detailHost, target }: Omit<EmbedCaseProps, 'inner'>) {
  const { case: c, resolved: rc } = load;
  const model = useTimelineModel(c, rc);
  const conventions = useConventionsInView(model);
  // The embed holds one chart: its marks are found in the whole frame's document.
  const scope = useRef(document.body);
  const close = useCloseDetails(
    detailHost ? model.selected : null,
    () => model.select(null),
    scope,
  );
  // The timeline's box has a 1px border each side: the chart itself is 2px narrower.
  return (
    <>
      <ErrorBoundary what="the timeline chart">
        <Timeline model={model} width={Math.max(200, width - 2)} {...(target ? { target } : {})} />
      </ErrorBoundary>
      {legend && (
        <ErrorBoundary what="the legend">
          <Legend glyphs={model.visible.map((m) => m.glyph)} conventions={conventions} />
        </ErrorBoundary>
      )}
      {detailHost &&
        model.selected &&
        createPortal(
          <div className="embed__detail">
            <DetailPanel c={c} rc={rc} markKey={model.selected} onClose={close} />
          </div>,
          detailHost,
        )}
    </>
  );
}
