import type { Segment } from '../../core/layout/types.ts';
import type { SceneTick } from '../../scene/index.ts';

/** Props of Axis. */
export interface AxisProps {
  /** The scene's ticks for the window: labels already kept clear of each other. */
  ticks: readonly SceneTick[];
  /** u → pixel x. */
  x: (u: number) => number;
  /** Plot width in pixels (ticks outside are not drawn). */
  width: number;
  /** The axis' segments (indices as in the axis), so each timed stretch carries its days. */
  segments?: readonly Segment[];
  /** Height of the axis strip: the axis line runs along its bottom. */
  height: number;
}

const f = (n: number) => Math.round(n * 10) / 10;

/** The time axis along the top of the lanes: a tick and label per core tick, majors in bold. */
export function Axis({ ticks, x, width, segments = [], height: AXIS_H }: AxisProps) {
  const shown = ticks;
  return (
    <g className="axis" aria-hidden="true">
      <path className="axis__line" d={`M0,${AXIS_H}H${f(width)}`} />
      {/* Each timed stretch with its days, so the page can be checked against the scale it drew. */}
      {segments.map((s, i) =>
        s.kind === 'time' ? (
          <path
            key={`stretch-${i}`}
            className="axis__stretch"
            d={`M${f(x(s.u0))},${AXIS_H}H${f(x(s.u1))}`}
            data-stretch={i}
            data-d0={s.d0}
            data-d1={s.d1}
            data-x0={f(x(s.u0))}
            data-x1={f(x(s.u1))}
          />
        ) : null,
      )}
      {shown.map((t) => (
        <g
          key={`${t.u}-${t.label}`}
          className={`axis__tick${t.major ? ' axis__tick--major' : ''}`}
          transform={`translate(${f(x(t.u))},0)`}
          data-tick={t.label}
          data-day={t.day}
          data-stretch={t.stretch}
        >
          <path className="axis__tick-line" d={`M0,${AXIS_H - 6}V${AXIS_H}`} />
          <text className="axis__label" y={AXIS_H - 10}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Props of GridLines. */
export interface GridLinesProps {
  /** The scene's ticks; each gets a hairline, majors a stronger one. */
  ticks: readonly SceneTick[];
  /** u → pixel x. */
  x: (u: number) => number;
  /** Bottom of the lanes. */
  bottom: number;
  /** Top of the lanes (the axis strip's height). */
  top: number;
}

/** Vertical grid lines through every lane, so a mark's time reads off the axis. */
export function GridLines({ ticks, x, bottom, top: AXIS_H }: GridLinesProps) {
  return (
    <g className="grid" aria-hidden="true">
      {ticks.map((t) => (
        <path
          key={`${t.u}-${t.label}`}
          className={`grid__line${t.major ? ' grid__line--major' : ''}`}
          d={`M${f(x(t.u))},${AXIS_H}V${f(bottom)}`}
        />
      ))}
    </g>
  );
}
