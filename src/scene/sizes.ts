import type { SceneTarget } from './target.ts';

/** Every size a scene is laid out with, in CSS pixels: one place, so geometry, text and CSS agree. */
export interface SceneSizes {
  /** Text size of mark labels, tick labels and track titles. */
  font: number;
  /** Text size of lane titles (bold). */
  titleFont: number;
  /** Text size of a grade or "NR" inside a glyph. */
  glyphFont: number;
  /** Height of the axis strip above the lanes: band labels, then tick labels. */
  axisH: number;
  /** Half-size of an event glyph. */
  glyphR: number;
  /** Half-size of a toxicity glyph: it carries a grade inside. */
  toxicityR: number;
  /** Half-size of a measured point (measurement and kinetics tracks). */
  pointR: number;
  /** Height of one line of label text, and the step between two lines. */
  lineH: number;
  /** Height of one packed row of an event lane with glyphs of half-size r: the glyph line and one line of words under it. */
  rowH: (r: number) => number;
  /** Where a glyph of half-size r sits below its row's top. */
  glyphY: (r: number) => number;
  /** Height of one measurement track (MRD %, chimerism %). */
  trackH: number;
  /** Height of a kinetics chart with this many points: one point stays small. */
  kineticsH: (points: number) => number;
  /** Height of a series the source shows only in a figure. */
  figureH: number;
  /** Height of a collapsed lane's stub. */
  collapsedH: number;
  /** Height of a lane this case lacks, kept thin to line up with another pane. */
  emptyH: number;
  /** Space between lanes. */
  laneGap: number;
  /** Space below the last lane. */
  bottomPad: number;
  /** Right margin of the plot, so the last tick label stays inside. */
  rightPad: number;
  /** Half-height of a period's bar. */
  barHalf: number;
  /** Free pixels kept between a label and anything else. */
  labelGap: number;
  /** Lane-title gutter width for a chart this wide. */
  gutter: (width: number) => number;
  /** True where the reader can act on the chart: collapse chevrons, focus rings, zoom hints. */
  hints: boolean;
  /** At most this many label lines per mark (a wrapped label takes two). */
  maxLines: number;
  /** True when each row keeps a line of words under its glyphs; compact panes keep only the glyph line. */
  underLine: boolean;
  /** Lane and track titles in a row of their own above the lane, across the chart (narrow screens). */
  titlesAbove: boolean;
  /** Radius of the circle a mark answers a touch within (0: the glyph and label only). */
  touchR: number;
  /** A measured series' words (name, unit, scale) in a row above its track across the plot, not in the gutter. */
  wordsAbove: boolean;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Sizes for text of `font` px, scaled from the screen's 12 px design. */
function scaled(
  font: number,
  hints: boolean,
  compact: boolean,
  glyphFont = 10,
  oneLine = false,
): SceneSizes {
  const k = font / 12;
  const lineH = Math.ceil(font * 1.17);
  // Grades inside a glyph are bold digits: the glyph holds two of them with a stroke's room.
  const toxicityR = round(Math.max(9 * k, glyphFont * 0.85));
  const glyphY = (r: number) => Math.ceil(r + 2 * k);
  // The glyph line, then (except in a compact pane) a line of words under the glyph (labels.ts lineTop).
  const rowH = (r: number) =>
    Math.ceil(
      oneLine
        ? glyphY(r) + Math.max(r, lineH / 2) + 2 * k
        : glyphY(r) + r + 1 + lineH + (compact ? 1 : 2) * k,
    );
  return {
    font,
    titleFont: round(font * (13 / 12)),
    glyphFont,
    axisH: Math.ceil((compact ? 38 : 46) * k),
    glyphR: round(7 * k),
    toxicityR,
    pointR: round(6 * k),
    lineH,
    rowH,
    glyphY,
    trackH: Math.ceil((compact ? 36 : 46) * k),
    kineticsH: (points) => {
      const full = (compact ? 96 : 150) * k;
      const h = points <= 1 ? 58 * k : points <= 3 ? 96 * k : full;
      return Math.ceil(Math.min(full, h));
    },
    figureH: Math.ceil(28 * k),
    collapsedH: Math.ceil(24 * k),
    emptyH: Math.ceil(22 * k),
    laneGap: Math.ceil((oneLine ? 2 : 4) * k),
    bottomPad: Math.ceil(8 * k),
    rightPad: Math.ceil(24 * k),
    barHalf: round(4 * k),
    labelGap: Math.ceil(4 * k),
    // Compact panes take a wider gutter: words there save the height two charts on a screen lack.
    gutter: (width) =>
      Math.round(Math.min((compact ? 216 : 176) * k, Math.max(104 * k, width * 0.18))),
    hints,
    maxLines: oneLine ? 1 : 2,
    underLine: !oneLine,
    titlesAbove: false,
    touchR: 0,
    wordsAbove: false,
  };
}

/**
 * The sizes of a target: screen and compact at 12 px text, phone with a narrow gutter, slides and
 * exports without hints. `tight` is a slide that did not fit its height: one line per row, the
 * kinetics charts at their smallest; the text keeps its size.
 */
export function sceneSizes(target: SceneTarget, tight = false): SceneSizes {
  switch (target.kind) {
    case 'slide': {
      // On a slide every word must read from the back of the room, grades included.
      const font = Math.max(10, target.font ?? 24);
      const sizes = { ...scaled(font, false, true, font, tight), maxLines: 1 };
      // Tight: a series' words go above its track, where the plot has width, not down the gutter.
      if (tight) Object.assign(sizes, { kineticsH: () => Math.ceil(font * 4.6), wordsAbove: true });
      return sizes;
    }
    case 'export':
      return scaled(target.font ?? 12, false, false);
    case 'compact':
      return scaled(12, true, true, 10, true);
    case 'phone':
      return {
        ...scaled(12, true, true, 12),
        // Only the kinetics decades stay in the gutter; titles run above their lanes.
        gutter: () => 44,
        titlesAbove: true,
        wordsAbove: true,
        touchR: 22,
      };
    case 'screen':
      return scaled(12, true, false);
  }
}
