import { logTicks } from '../../core/kinetics/index.ts';
import { decadeLabel, type KineticsY, type SceneSizes } from '../../scene/index.ts';

/** Props of KineticsAxis. */
export interface KineticsAxisProps {
  /** Top of the track. */
  y: number;
  /** Where the series' words may start (below the lane title when it is the lane's first track). */
  textTop: number;
  /** Gutter width: ticks sit at its right edge. */
  width: number;
  /** Its y scale, as the scene set it. */
  scale: KineticsY;
  /** The series' name, unit and scale, wrapped by the scene. */
  words: readonly string[];
  /** Left edge of the words. */
  textX: number;
  /** The scene's sizes. */
  sizes: SceneSizes;
}

const f = (n: number) => Math.round(n * 10) / 10;

/** The kinetics y axis in the gutter: series label, unit and scale, and a label per decade. */
export function KineticsAxis({
  textTop,
  textX,
  width,
  scale: ys,
  words,
  sizes,
}: KineticsAxisProps) {
  // A short track (one or two points) keeps only the decades whose labels do not touch.
  const ticks: number[] = [];
  for (const t of ys.log ? logTicks(ys.domain) : [ys.domain[0], ys.domain[1]])
    if (ticks.every((k) => Math.abs(ys.y(k) - ys.y(t)) >= sizes.font)) ticks.push(t);
  return (
    <g className="kinetics-axis">
      <text className="lane-title__track" x={textX} y={textTop + sizes.font}>
        {words.map((w, i) => (
          <tspan key={i} x={textX} dy={i === 0 ? undefined : sizes.lineH}>
            {w}
          </tspan>
        ))}
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
