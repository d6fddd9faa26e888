import { memo } from 'react';
import type { KineticsSummary } from '../../core/kinetics/index.ts';
import type { LaneId } from '../../core/layout/types.ts';
import { KineticsAxis } from './KineticsAxis.tsx';
import { LaneTitle } from './LaneTitle.tsx';
import type { LaneBox } from './model/laneBoxes.ts';

/** Props of LaneGutter. */
export interface LaneGutterProps {
  /** The lanes as stacked. */
  boxes: readonly LaneBox[];
  /** Gutter width. */
  width: number;
  /** Plot width, for the lane stripes that run under the plot. */
  plotW: number;
  /** Kinetics summaries by series id, for their y axes. */
  summaries: ReadonlyMap<string, KineticsSummary>;
  /** Collapses or expands a lane. */
  onToggle: (id: LaneId) => void;
  /** Log domains by series id shared with another chart (comparison). */
  domains?: ReadonlyMap<string, [number, number]>;
}

/** The left gutter (memoised: a zoom step changes none of its props): alternating lane stripes, lane titles (collapse toggles) and kinetics y axes. */
export const LaneGutter = memo(function LaneGutter({
  boxes,
  width,
  plotW,
  summaries,
  onToggle,
  domains,
}: LaneGutterProps) {
  return (
    <g className="gutter">
      {boxes.map((b, i) => (
        <rect
          key={b.id}
          className={`lane-stripe lane-stripe--${i % 2 ? 'odd' : 'even'}`}
          x={0}
          y={b.y}
          width={width + plotW}
          height={b.height}
        />
      ))}
      {boxes.map((b) => (
        <LaneTitle key={b.id} box={b} width={width} onToggle={onToggle} />
      ))}
      {boxes.flatMap((b) =>
        b.tracks.map((t) => {
          const s = t.kind === 'kinetics' ? summaries.get(t.seriesId) : undefined;
          return s && t.kind === 'kinetics' ? (
            <KineticsAxis
              key={t.seriesId}
              y={t.y}
              height={t.height}
              width={width}
              summary={s}
              label={t.label}
              domain={domains?.get(t.seriesId)}
            />
          ) : null;
        }),
      )}
    </g>
  );
});
