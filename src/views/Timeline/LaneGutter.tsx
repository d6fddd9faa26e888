import { memo } from 'react';
import type { KineticsSummary } from '../../core/kinetics/index.ts';
import type { LaneId } from '../../core/layout/types.ts';
import {
  titleLineH,
  wordsX,
  type KineticsY,
  type LaneBox,
  type SceneSizes,
} from '../../scene/index.ts';
import { KineticsAxis } from './KineticsAxis.tsx';
import { LaneTitle } from './LaneTitle.tsx';

/** Props of LaneGutter. */
export interface LaneGutterProps {
  /** The lanes as the scene stacked them. */
  boxes: readonly LaneBox[];
  /** Gutter width. */
  width: number;
  /** Plot width, for the lane stripes that run under the plot. */
  plotW: number;
}

/** The lane stripes under the gutter and the plot (memoised: a zoom step changes none of its props). */
export const LaneGutter = memo(function LaneGutter({ boxes, width, plotW }: LaneGutterProps) {
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
          data-lane-box={b.id}
        />
      ))}
    </g>
  );
});

/** Props of LaneTitles. */
export interface LaneTitlesProps {
  /** The lanes as the scene stacked them. */
  boxes: readonly LaneBox[];
  /** Gutter width. */
  width: number;
  /** The scene's sizes. */
  sizes: SceneSizes;
  /** Kinetics summaries by series id, for their y axes. */
  summaries: ReadonlyMap<string, KineticsSummary>;
  /** Kinetics y scales by series id (the scene's). */
  kinetics: ReadonlyMap<string, KineticsY>;
  /** Collapses or expands a lane; absent where the reader cannot act (slides, exports). */
  onToggle?: ((id: LaneId) => void) | undefined;
}

/**
 * The lane titles (collapse toggles on screen) and kinetics y axes, drawn over the plot (memoised
 * like the gutter): on a phone the titles, and on a tight slide a series' words, run across the
 * chart above its bands and grid.
 */
export const LaneTitles = memo(function LaneTitles({
  boxes,
  width,
  sizes,
  summaries,
  kinetics,
  onToggle,
}: LaneTitlesProps) {
  const beside = !sizes.wordsAbove;
  return (
    <g className="lane-titles">
      {boxes.map((b) => (
        <LaneTitle key={b.id} box={b} width={width} sizes={sizes} onToggle={onToggle} />
      ))}
      {boxes.flatMap((b) =>
        b.tracks.map((t, i) => {
          const s = t.kind === 'kinetics' ? summaries.get(t.seriesId) : undefined;
          const ys = t.kind === 'kinetics' ? kinetics.get(t.seriesId) : undefined;
          const titleBottom = b.y + b.titleLines.length * titleLineH(sizes) + 4;
          return s && ys && t.kind === 'kinetics' ? (
            <KineticsAxis
              key={t.seriesId}
              y={t.y}
              textTop={beside && i === 0 ? Math.max(t.y, titleBottom) : t.y + 2}
              textX={wordsX(sizes, width)}
              width={width}
              scale={ys}
              words={t.wordLines}
              sizes={sizes}
            />
          ) : null;
        }),
      )}
    </g>
  );
});
