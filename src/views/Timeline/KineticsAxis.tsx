import type { KineticsSummary } from '../../core/kinetics/index.ts';
import { logTicks } from '../../core/kinetics/index.ts';
import { truncate } from './model/markText.ts';
import { decadeLabel, kineticsY } from './model/kineticsScale.ts';

/** Props of KineticsAxis. */
export interface KineticsAxisProps {
  /** Top of the track. */
  y: number;
  /** Height of the track. */
  height: number;
  /** Gutter width: ticks sit at its right edge. */
  width: number;
  /** The series read as kinetics. */
  summary: KineticsSummary;
  /** The series' label. */
  label: string;
  /** A log domain shared with another chart (comparison); the series' own when absent. */
  domain?: [number, number];
}

const f = (n: number) => Math.round(n * 10) / 10;

/** The kinetics y axis in the gutter: series label, unit and scale, and a label per decade. */
export function KineticsAxis({ y, height, width, summary: s, label, domain }: KineticsAxisProps) {
  const ys = kineticsY(s, y, height, domain);
  const ticks = ys.log ? logTicks(ys.domain) : [ys.domain[0], ys.domain[1]];
  const chars = Math.floor((width - 64) / 6.2);
  return (
    <g className="kinetics-axis">
      <text className="lane-title__track" x={20} y={y + 34}>
        {truncate(label, chars)}
      </text>
      <text className="kinetics-axis__unit" x={20} y={y + 48}>
        {truncate(s.unit, chars)}
      </text>
      <text className="kinetics-axis__unit" x={20} y={y + 61}>
        {ys.log ? 'log scale' : 'linear scale'}
      </text>
      {ticks.map((t) => (
        <g key={t} className="kinetics-axis__tick">
          <path d={`M${width - 5},${f(ys.y(t))}H${width}`} />
          <text x={width - 8} y={f(ys.y(t))} dy="0.35em">
            {ys.log ? decadeLabel(t) : String(t)}
          </text>
        </g>
      ))}
    </g>
  );
}
