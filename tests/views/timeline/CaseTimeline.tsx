import type { Case } from '../../../src/core/format/index.ts';
import type { ResolvedCase } from '../../../src/core/time/types.ts';
import { useTimelineModel } from '../../../src/views/Timeline/model/useTimelineModel.ts';
import { Timeline } from '../../../src/views/Timeline/Timeline.tsx';

/** Props of CaseTimeline. */
export interface CaseTimelineProps {
  /** The case. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
  /** Fixed width in pixels (tests, stories); measured when absent. */
  width?: number;
}

/** Test helper: the chart alone, its model read from the view store of the panel around it. */
export function CaseTimeline({ c, rc, width }: CaseTimelineProps) {
  const model = useTimelineModel(c, rc);
  return <Timeline model={model} {...(width === undefined ? {} : { width })} />;
}
