import { useRef } from 'react';
import type { Case } from '../../core/format/index.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { useView } from '../../app/viewStore/ViewStoreContext.tsx';
import { defaultViewState } from '../../app/viewStore/viewState.ts';
import { DetailPanel } from '../DetailPanel/DetailPanel.tsx';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary.tsx';
import { Legend } from '../Legend/Legend.tsx';
import { convertWindow } from '../Timeline/model/convertWindow.ts';
import { useTimelineModel } from '../Timeline/model/useTimelineModel.ts';
import { Timeline } from '../Timeline/Timeline.tsx';
import { TimelineTable } from '../Timeline/TimelineTable.tsx';
import { TimelineControls } from '../TimelineControls/TimelineControls.tsx';
import { UnplacedList } from './UnplacedList.tsx';
import { useLaneChoices } from './useLaneChoices.ts';
import { useRevealOnChange } from './useRevealOnChange.ts';
import { useConventionsInView } from '../Legend/useConventionsInView.ts';

/** Props of TimelineView. */
export interface TimelineViewProps {
  /** The case. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
}

/** Controls, the chart (or its table), the overview, the legend and the detail panel of one case. */
export function TimelineView({ c, rc }: TimelineViewProps) {
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
  const detail = useRef<HTMLDivElement>(null);
  useRevealOnChange(detail, model.selected);
  return (
    <div className="timeline-panel">
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
      <ErrorBoundary what={table ? 'the timeline table' : 'the timeline chart'}>
        {table ? <TimelineTable model={model} /> : <Timeline model={model} />}
      </ErrorBoundary>
      <UnplacedList c={c} marks={model.layout.unplaced} onOpen={model.select} />
      <div className="timeline-panel__below">
        <ErrorBoundary what="the legend">
          <Legend glyphs={model.visible.map((m) => m.glyph)} conventions={conventions} />
        </ErrorBoundary>
        <div ref={detail}>
          <ErrorBoundary key={model.selected ?? ''} what="the detail panel">
            <DetailPanel
              c={c}
              rc={rc}
              markKey={model.selected}
              onClose={() => model.select(null)}
            />
          </ErrorBoundary>
        </div>
      </div>
    </div>
  );
}
