import type { Mark as MarkData } from '../../core/layout/types.ts';
import { Mark } from './Mark.tsx';
import type { MarkDrawing } from './model/markDrawing.ts';

/** Props of MeasurementTrack. */
export interface MeasurementTrackProps extends MarkDrawing {
  /** Top of the track. */
  y: number;
  /** Height of the track. */
  height: number;
  /** Plot width. */
  width: number;
  /** The series' points in view. */
  marks: readonly MarkData[];
}

/**
 * A measured series (MRD %, chimerism %) as a strip of points labelled with their values as
 * printed; an undetectable result is a hollow censored mark labelled "undetectable", never zero.
 */
export function MeasurementTrack(props: MeasurementTrackProps) {
  const { y, height, width, marks, x } = props;
  const mid = y + height / 2 + 2;
  return (
    <g className="measurement-track">
      <path className="measurement-track__base" d={`M0,${mid}H${width}`} />
      {marks.map((m) => (
        <Mark
          key={m.key}
          mark={m}
          x={x}
          y={mid}
          r={6}
          label={props.labels.get(m.key)}
          name={props.names.get(m.key) ?? m.label}
          selected={props.selected === m.key}
          defs={props.defs}
          bands={props.bands}
          onOpen={props.onOpen}
        />
      ))}
    </g>
  );
}
