// Glyphs: how each event and measurement is drawn, what the legend says, and what grades mean.
import type { Case, Event, Point, Series } from '../format/index.ts';
import type { Glyph } from '../layout/types.ts';
import { eventGlyph } from './events.ts';
import { pointGlyph } from './points.ts';

export { PALETTE, THEME_BACKGROUND, type Swatch } from './palette.ts';
export { legendFor, type LegendEntry } from './legend.ts';
export { gradeMeaning } from './gradeMeaning.ts';
export { seriesTone } from './points.ts';
export { TOXICITY_KIND } from './toxicity.ts';

/** The glyph of an event or of one measurement point; the case is there for context-dependent marks. */
export function glyphFor(
  _c: Case,
  target: { event: Event } | { series: Series; point: Point },
): Glyph {
  return 'event' in target ? eventGlyph(target.event) : pointGlyph(target.series, target.point);
}
