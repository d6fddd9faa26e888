import { useRef, type ReactNode } from 'react';
import type { Case } from '../../core/format/index.ts';
import type { ResolvedCase } from '../../core/time/index.ts';
import { defaultViewState, useView } from '../../app/viewStore/index.ts';
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

/** Props of TimelineView. */
export interface TimelineViewProps {
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
export function TimelineView({ c, rc, heading, actions }: TimelineViewProps) {
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
