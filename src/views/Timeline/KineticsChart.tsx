import type { ReactNode } from 'react';
import { logTicks, type KineticsSummary } from '../../core/kinetics/index.ts';
import type { Mark as MarkData } from '../../core/layout/types.ts';
import { cutToWidth, kineticsCurve, statsText, type KineticsY } from '../../scene/index.ts';

/** Props of KineticsChart. */
export interface KineticsChartProps {
  /** Top of the track. */
  y: number;
  /** Plot width. */
  width: number;
  /** The series read as kinetics (points, peak, Cmax/Tmax/AUC0–28 or why not). */
  summary: KineticsSummary;
  /** Its y scale, as the scene set it for the track. */
  scale: KineticsY;
  /** Every mark of the series (the curve runs through off-screen points too). */
  marks: readonly MarkData[];
  /** u → pixel x. */
  x: (u: number) => number;
  /** Text size of the stats line. */
  font: number;
  /** The points in view, drawn as marks where the scene placed them. */
  children: ReactNode;
}

const f = (n: number) => Math.round(n * 10) / 10;

/**
 * CAR kinetics the way papers plot them: log10 y axis (or the series' own linear one), points and
 * a monotone line through measured values, censored results as hollow marks on the floor, the peak
 * labelled. One point stays one point: no curve is invented.
 */
export function KineticsChart(props: KineticsChartProps) {
  const { y, width, summary: s, scale: ys, marks, x } = props;
  const ticks = ys.log ? logTicks(ys.domain) : [ys.domain[0], ys.domain[1]];
  const line = kineticsCurve(marks, s, ys, x, width);
  return (
    <g className="kinetics" data-series={s.seriesId}>
      {ticks.map((t) => (
        <path key={t} className="kinetics__grid" d={`M0,${f(ys.y(t))}H${f(width)}`} />
      ))}
      <path className="kinetics__floor" d={`M0,${f(ys.y(ys.domain[0]))}H${f(width)}`} />
      {line && <path className="kinetics__curve" d={line} data-curve={s.seriesId} />}
      {props.children}
      {/* Cut to the plot, not past it; the whole line is its tooltip and in the details. */}
      <text className="kinetics__stats" x={8} y={y + props.font * 1.2}>
        <title>{statsText(s)}</title>
        {cutToWidth(statsText(s), width - 16, props.font)}
      </text>
    </g>
  );
}
