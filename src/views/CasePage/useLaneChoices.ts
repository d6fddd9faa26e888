import { useMemo } from 'react';
import { LANE_TITLES } from '../../core/layout/index.ts';
import type { LaneId, TimelineLayout } from '../../core/layout/types.ts';
import { useView } from '../../app/viewStore/ViewStoreContext.tsx';

/** The lanes that have data, in the reader's order, with titles and whether they are collapsed. */
export function useLaneChoices(
  layout: TimelineLayout,
): Array<{ id: LaneId; title: string; hidden: boolean }> {
  const order = useView((s) => s.order);
  return useMemo(() => {
    const present = new Set<LaneId>([...layout.lanes.map((l) => l.id), ...layout.hiddenLanes]);
    return order
      .filter((id) => present.has(id))
      .map((id) => ({ id, title: LANE_TITLES[id], hidden: layout.hiddenLanes.includes(id) }));
  }, [layout, order]);
}
