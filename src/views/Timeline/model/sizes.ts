// Vertical and horizontal sizes of the chart, in CSS pixels. One place, so geometry and CSS agree.

/** Height of the axis strip above the lanes: two lines of band labels, then tick labels. */
export const AXIS_H = 52;
/** Height of one packed row of an event lane: the glyph line and one extra label line. */
export const ROW_H = 34;
/** Where the glyph centre sits inside a row. */
export const GLYPH_Y = 12;
/** Baseline step between label lines. */
export const LINE_H = 13;
/** Height of one measurement track (MRD %, chimerism %). */
export const TRACK_H = 46;
/** Height of one kinetics chart. */
export const KINETICS_H = 164;
/** Height of a series shown in a figure without values. */
export const FIGURE_H = 28;
/** Height of a collapsed lane's stub. */
export const COLLAPSED_H = 24;
/** Space between lanes. */
export const LANE_GAP = 4;
/** Space below the last lane. */
export const BOTTOM_PAD = 8;
/** Right margin of the plot, so the last tick label stays inside. */
export const RIGHT_PAD = 24;
/** Height of the overview strip below the chart. */
export const OVERVIEW_H = 48;
/** Half-size of a glyph. */
export const GLYPH_R = 8;
/** Estimated width of one character of a 12 px label (system sans); labels are estimated, not measured, so SSR and tests agree. */
export const CHAR_W = 6.3;
/** Labels longer than this are cut with "…"; the full text is in the mark's name and the details. */
export const LABEL_MAX_CHARS = 44;

/** Width of the lane-title gutter: a fifth of the chart, 96–168 px. */
export function gutterWidth(width: number): number {
  return Math.round(Math.min(168, Math.max(96, width * 0.2)));
}
