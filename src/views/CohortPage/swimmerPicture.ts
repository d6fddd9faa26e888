// The build's picture of the cohort page (scripts/prerenderPages.tsx) renders the app's own page
// with this context set: with no layout to measure, the swimmer chart is drawn for the box widths
// the live page would measure on the screens the picture serves, its first rows only.
import { createContext } from 'react';

/** What the picture's swimmer chart draws. */
export interface SwimmerPicture {
  /** Widths of the track's box, in CSS px as the live page measures it: one drawing each. */
  boxes: readonly number[];
  /** Rows drawn in each: the first screen's, not the whole cohort. */
  rows: number;
}

/** Set by the build's picture alone; the live page measures its box and lists every row. */
export const SwimmerPictureContext = createContext<SwimmerPicture | null>(null);
