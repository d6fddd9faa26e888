import { useMemo } from 'react';
import { LANE_TITLES, type LaneId, type TimelineLayout } from '../../core/layout/index.ts';
import { useView } from '../../app/viewStore/index.ts';

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
