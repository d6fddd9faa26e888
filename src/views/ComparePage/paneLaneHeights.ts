import type { CompareLayout } from '../../app/compare/index.ts';
import type { LaneId } from '../../core/layout/types.ts';
import { alignedLaneHeights, fitTarget, type SceneTarget } from '../../scene/index.ts';
import type { ComparePanes } from './useComparePanes.ts';

/**
 * The lane heights both panes draw with. Side by side, lanes of one kind sit level across the two
 * charts, so each lane takes the taller of the two at the charts' real width. Stacked, the charts
 * are read top to bottom and only time lines up: each lane keeps its own case's height (0 = no
 * minimum), which is what lets both charts share one laptop screen; both still list every lane
 * either case has, in one order, a lane one case lacks as a thin row.
 */
export function paneLaneHeights(
  panes: Pick<ComparePanes, 'layouts' | 'order'>,
  layout: CompareLayout,
  target: SceneTarget,
  chartWidth: number | undefined,
): Map<LaneId, number> {
  const heights =
    chartWidth === undefined
      ? alignedLaneHeights(panes.layouts, panes.order, target)
      : alignedLaneHeights(panes.layouts, panes.order, fitTarget(target, chartWidth), chartWidth);
  if (layout === 'side') return heights;
  return new Map([...heights.keys()].map((id) => [id, 0]));
}
