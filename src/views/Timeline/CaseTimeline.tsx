import type { Case } from '../../core/format/index.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { useTimelineModel } from './model/useTimelineModel.ts';
import { Timeline } from './Timeline.tsx';

/** Props of CaseTimeline. */
export interface CaseTimelineProps {
  /** The case. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
  /** Fixed width in pixels (tests, stories); measured when absent. */
  width?: number;
}

/** The timeline alone, deriving its model from the panel's view store (stories, snapshots). */
export function CaseTimeline({ c, rc, width }: CaseTimelineProps) {
  const model = useTimelineModel(c, rc);
  return <Timeline model={model} {...(width === undefined ? {} : { width })} />;
}
