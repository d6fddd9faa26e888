import type { ReactNode } from 'react';

/** Props of MeasurementTrack. */
export interface MeasurementTrackProps {
  /** Pixel y of the track's line, where its points sit (the scene's). */
  y: number;
  /** Plot width. */
  width: number;
  /** The series' points in view, drawn as marks. */
  children: ReactNode;
}

/**
 * A measured series (MRD %, chimerism %) as a strip of points labelled with their values as
 * printed; an undetectable result is a hollow censored mark labelled "undetectable", never zero.
 */
export function MeasurementTrack({ y, width, children }: MeasurementTrackProps) {
  return (
    <g className="measurement-track">
      <path className="measurement-track__base" d={`M0,${y}H${width}`} />
      {children}
    </g>
  );
}
