import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { Case } from '../../core/format/index.ts';
import { frameChoices } from '../../core/layout/index.ts';
import { pointKey } from '../../core/time/nodes.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { caseHref } from '../../app/router/index.ts';
import {
  hashQuery,
  ignoredViewParams,
  parseViewQuery,
  useUrlSync,
  type ViewQueryContext,
} from '../../app/url/index.ts';
import {
  createViewStore,
  defaultViewState,
  useView,
  ViewStoreProvider,
} from '../../app/viewStore/index.ts';
import { UrlNotice } from '../UrlNotice/UrlNotice.tsx';

import { DetailSheet } from '../DetailPanel/DetailSheet.tsx';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary.tsx';
import { Legend } from '../Legend/Legend.tsx';
import { convertWindow } from '../Timeline/model/convertWindow.ts';
import { useTimelineModel } from '../Timeline/model/useTimelineModel.ts';
import { Timeline } from '../Timeline/Timeline.tsx';
import { TimelineTable } from '../Timeline/TimelineTable.tsx';
import { TimelineControls } from '../TimelineControls/TimelineControls.tsx';
import { UnplacedList } from './UnplacedList.tsx';
import { useLaneChoices } from './useLaneChoices.ts';
import { useConventionsInView } from '../Legend/useConventionsInView.ts';

/** Props of TimelinePanel. */
export interface TimelinePanelProps {
  /** The case. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
  /** Read the view from the address and keep it there (off in stories and tests). */
  urlSync?: boolean;
  /** Id in the page address when it differs from the case id (a reader's own file: "own:<id>"). */
  pageId?: string;
  /** The section's heading, shown first in the toolbar row instead of on a line of its own. */
  heading?: ReactNode;
  /** The page's own actions (export, share), shown at the end of the same toolbar row. */
  actions?: ReactNode;
}

/**
 * One timeline panel with its own view store, opened from the address (a shared link restores the
 * view) and written back to it as the reader zooms, switches frame or opens a mark.
 */
export function TimelinePanel({
  c,
  rc,
  urlSync = true,
  pageId,
  heading,
  actions,
}: TimelinePanelProps) {
  const ctx = useMemo<ViewQueryContext>(
    () => ({
      frames: frameChoices(c, rc).map((ch) => ch.frame),
      keys: new Set([
        ...c.events.map((e) => e.id),
        ...c.measurements.flatMap((s) => s.points.map((_, i) => pointKey(s.id, i))),
      ]),
    }),
    [c, rc],
  );
  const [store] = useState(() =>
    createViewStore(parseViewQuery(urlSync ? hashQuery(window.location.hash) : '', ctx)),
  );
  const [ignored, setIgnored] = useState(() =>
    urlSync ? ignoredViewParams(hashQuery(window.location.hash), ctx) : [],
  );
  useUrlSync(store, ctx, caseHref(pageId ?? c.id), urlSync);
  return (
    <ViewStoreProvider initial={store.getState()} store={store}>
      <UrlNotice ignored={ignored} onDismiss={() => setIgnored([])} />
      <PanelContent c={c} rc={rc} heading={heading} actions={actions} />
    </ViewStoreProvider>
  );
}

/** Props of PanelContent. */
interface PanelContentProps {
  /** The case. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
  /** Shown first in the toolbar row (the section heading). */
  heading?: ReactNode;
  /** Shown last in the toolbar row (export and share). */
  actions?: ReactNode;
}

/**
 * One toolbar row, then the chart (or its table) with its overview, then the legend; the details of
 * an open mark float in a sheet, so opening one moves nothing on the page.
 */
function PanelContent({ c, rc, heading, actions }: PanelContentProps) {
  const model = useTimelineModel(c, rc);
  const table = useView((s) => s.table);
  const setFrame = useView((s) => s.setFrame);
  const setTable = useView((s) => s.setTable);
  const toggleLane = useView((s) => s.toggleLane);
  const moveLane = useView((s) => s.moveLane);
  const replace = useView((s) => s.replace);
  const lanes = useLaneChoices(model.layout);
  const conventions = useConventionsInView(model);
  const defaultFrame = model.choices[0]?.frame ?? model.frame;
  const chart = useRef<HTMLDivElement>(null);
  return (
    <div className="timeline-panel">
      <div className="case-toolbar">
        {heading}
        <TimelineControls
          choices={model.choices}
          frame={model.frame}
          onFrame={(f) => setFrame(f, (w) => convertWindow(rc, model.frame, f, w))}
          lanes={lanes}
          onToggleLane={toggleLane}
          onMoveLane={moveLane}
          table={table}
          onTable={setTable}
          onReset={() => replace({ ...defaultViewState(defaultFrame), table })}
        />
        {actions}
      </div>
      <div className="timeline-panel__chart" ref={chart}>
        <ErrorBoundary what={table ? 'the timeline table' : 'the timeline chart'}>
          {table ? <TimelineTable model={model} /> : <Timeline model={model} />}
        </ErrorBoundary>
        <UnplacedList c={c} marks={model.layout.unplaced} onOpen={model.select} />
      </div>
      <div className="case__legend">
        <ErrorBoundary what="the legend">
          <Legend glyphs={model.visible.map((m) => m.glyph)} conventions={conventions} />
        </ErrorBoundary>
      </div>
      <DetailSheet
        c={c}
        rc={rc}
        markKey={model.selected}
        onClose={() => model.select(null)}
        scope={chart}
      />
    </div>
  );
}
