/** What a scene is drawn for; each target sets text size, row heights and which labels fit. */
export type SceneTargetKind =
  /** The case page on a desktop screen. */
  | 'screen'
  /** A pane of a comparison: shorter rows and lanes, so two charts share one screen. */
  | 'compact'
  /** A narrow screen (480 px and less). */
  | 'phone'
  /** A slide or a presentation: large text, no interaction hints. */
  | 'slide'
  /** An exported file (SVG, PNG, print, offline HTML): no interaction hints. */
  | 'export';

/** A scene's target: its kind and, for slides, the text size the room needs. */
export interface SceneTarget {
  /** Which kind of surface. */
  kind: SceneTargetKind;
  /** Smallest text size in CSS pixels (slides: 24 at 1080 px high, scaled with the frame). */
  font?: number;
  /** Height the chart must fit in (a slide has no scrolling); rows tighten to one line to fit. */
  height?: number;
}

/** The screen target: what the case page draws when nothing else is asked. */
export const SCREEN: SceneTarget = { kind: 'screen' };

/** Text size of a slide frame `height` px high: 24 px at 1080 (about 18 pt projected), in proportion. */
export function slideFont(height: number): number {
  return Math.max(10, Math.round((24 * height) / 1080));
}

/** Widest chart that is laid out for a phone. */
export const PHONE_MAX_WIDTH = 480;

/** The target a chart `width` px wide is laid out for: a screen or compact pane that narrow is a phone. */
export function fitTarget(target: SceneTarget, width: number): SceneTarget {
  if ((target.kind === 'screen' || target.kind === 'compact') && width <= PHONE_MAX_WIDTH)
    return { kind: 'phone' };
  return target;
}
