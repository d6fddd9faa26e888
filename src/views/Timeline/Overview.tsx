import { useMemo, useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { textWidth } from '../../scene/index.ts';
import type { LaneLayout, Mark, TimeAxis } from '../../core/layout/types.ts';
import { bandPatternId } from './GlyphDefs.tsx';
import { useBrush } from './hooks/useBrush.ts';
import { DENSE_LIMIT } from './canvas/denseMarks.ts';
import type { URange } from './model/windowMath.ts';

/** Height of the overview strip below the chart. */
export const OVERVIEW_H = 48;

/** Props of Overview. */
export interface OverviewProps {
  /** The whole axis. */
  axis: TimeAxis;
  /** Lanes shown, for one thin row of ticks each. */
  lanes: readonly LaneLayout[];
  /** The main chart's window in u. */
  window: URange;
  /** Gutter width of the main chart, so the strip lines up under its plot. */
  gutter: number;
  /** Plot width of the main chart. */
  plotW: number;
  /** Id prefix of the chart's patterns (band hatch). */
  defs: string;
  /** Reports a brushed window in u. */
  onWindow: (r: URange) => void;
}

const f = (n: number) => Math.round(n * 10) / 10;
const PAD = 4;

/**
 * Focus + context: the whole case in a thin strip under the chart, every mark as a tick, with a
 * brush that shows and sets the main window (two-way synced through the store).
 */
export function Overview({ axis, lanes, window, gutter, plotW, defs, onWindow }: OverviewProps) {
  const brush = useRef<SVGGElement>(null);
  const x = useMemo(
    () => scaleLinear().domain([0, axis.uMax]).range([0, plotW]),
    [axis.uMax, plotW],
  );
  useBrush(brush, { uMax: axis.uMax, width: plotW, height: OVERVIEW_H, window, onWindow });
  const rowH = (OVERVIEW_H - 2 * PAD) / Math.max(1, lanes.length);
  // The ticks do not move with the window: made once per layout, so a zoom step leaves them be.
  // Above the dense limit one path per lane and colour holds them all: thousands of tick
  // elements would be re-painted with every brush move.
  const ticks = useMemo(
    () =>
      lanes.reduce((n, l) => n + l.marks.length, 0) > DENSE_LIMIT
        ? lanes.flatMap((lane, i) => mergedTicks(lane, i, x, rowH))
        : lanes.map((lane, i) =>
            lane.marks.map((m) =>
              m.place.kind === 'none' ? null : (
                <path
                  key={m.key}
                  className={`overview__tick tone-${m.glyph.tone}`}
                  d={tickPath(m, x, PAD + i * rowH + rowH / 2)}
                />
              ),
            ),
          ),
    [lanes, x, rowH],
  );
  return (
    <svg
      className="overview"
      width={gutter + plotW}
      height={OVERVIEW_H}
      viewBox={`0 0 ${gutter + plotW} ${OVERVIEW_H}`}
      role="img"
      aria-label="Overview of the whole timeline; the brushed part is the window shown above. Drag it, or its edges, to move or resize the window."
    >
      {/* Each word shows only where the gutter holds it whole (a phone's is narrow); the
          strip's accessible name says the same either way. */}
      {textWidth('Overview', 12, true) + 12 <= gutter && (
        <text className="overview__label" x={8} y={OVERVIEW_H / 2 - 2}>
          Overview
        </text>
      )}
      {textWidth('drag to pick a window', 12) + 12 <= gutter && (
        <text className="overview__hint" x={8} y={OVERVIEW_H / 2 + 12}>
          drag to pick a window
        </text>
      )}
      <g transform={`translate(${gutter},0)`}>
        <rect className="overview__bg" width={plotW} height={OVERVIEW_H} />
        {axis.segments.map((s) =>
          s.kind === 'time' ? null : (
            <rect
              key={`${s.kind}${s.u0}`}
              className={`overview__${s.kind}`}
              x={f(x(s.u0))}
              width={f(x(s.u1) - x(s.u0))}
              height={OVERVIEW_H}
              fill={s.kind === 'order' ? `url(#${bandPatternId(defs)})` : undefined}
            />
          ),
        )}
        {ticks}
        <g className="overview__brush" ref={brush} />
      </g>
    </svg>
  );
}

/** A mark's tick in the strip: from its earliest to its latest u, at least 2 px long. */
function tickPath(m: Mark, x: (u: number) => number, y: number): string {
  const x0 = x(Math.min(m.u.lo, m.u.at));
  const x1 = Math.max(x(Math.max(m.u.hi, m.u.end ?? m.u.at)), x(m.u.at) + 2);
  return `M${f(x0)},${f(y)}H${f(x1)}`;
}

/** One path per colour for a lane's ticks (dense cases): the same strokes in far fewer elements. */
function mergedTicks(lane: LaneLayout, i: number, x: (u: number) => number, rowH: number) {
  const y = PAD + i * rowH + rowH / 2;
  const byTone = new Map<string, string[]>();
  for (const m of lane.marks) {
    if (m.place.kind === 'none') continue;
    let parts = byTone.get(m.glyph.tone);
    if (!parts) byTone.set(m.glyph.tone, (parts = []));
    parts.push(tickPath(m, x, y));
  }
  return [...byTone].map(([tone, parts]) => (
    <path key={`${lane.id}-${tone}`} className={`overview__tick tone-${tone}`} d={parts.join('')} />
  ));
}
