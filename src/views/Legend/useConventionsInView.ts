import { useMemo } from 'react';
import type { TimelineModel } from '../Timeline/model/useTimelineModel.ts';
import { conventionsIn, type Convention } from './conventions.ts';

/** The time conventions of a timeline's current window: its visible marks and the axis segments in view. */
export function useConventionsInView(model: TimelineModel): Convention[] {
  const { axis } = model.layout;
  const [u0, u1] = model.window;
  return useMemo(
    () =>
      conventionsIn(
        model.visible,
        axis.segments.filter((s) => s.u1 >= u0 && s.u0 <= u1),
      ),
    [model.visible, axis, u0, u1],
  );
}
