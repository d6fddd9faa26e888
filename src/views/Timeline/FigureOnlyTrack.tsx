/** Props of FigureOnlyTrack. */
export interface FigureOnlyTrackProps {
  /** Top of the track. */
  y: number;
  /** Track height. */
  height: number;
  /** Plot width. */
  width: number;
  /** The series' label. */
  label: string;
}

/**
 * A series the source shows only in a figure: a dashed line and the words "measured (figure),
 * values not reported", so the reader knows the measurement exists and why nothing is plotted.
 */
export function FigureOnlyTrack({ y, height, width, label }: FigureOnlyTrackProps) {
  const mid = y + height / 2;
  return (
    <g className="figure-only" data-figure-only={label}>
      <path className="figure-only__line" d={`M0,${mid}H${width}`} />
      <text className="figure-only__text" x={8} y={mid + 4}>
        {`${label}: measured (figure), values not reported`}
      </text>
    </g>
  );
}
