import type { Glyph } from '../layout/types.ts';
import { LEGEND_TEXT } from './legendText.ts';

/** One legend entry: a sample glyph with what it means. */
export interface LegendEntry {
  key: string;
  glyph: Glyph;
  label: string;
  description: string;
}

const RANK = new Map(LEGEND_TEXT.map(([key], i) => [key, i]));
const TEXT = new Map(LEGEND_TEXT);

/**
 * One entry per distinct legend key among the glyphs in view, in a stable order that does not
 * depend on the order of the marks: lane order, then severity; unknown keys last, by first sight.
 */
export function legendFor(glyphs: Glyph[]): LegendEntry[] {
  const first = new Map<string, { glyph: Glyph; seen: number }>();
  glyphs.forEach((glyph, seen) => {
    if (!first.has(glyph.legendKey)) first.set(glyph.legendKey, { glyph, seen });
  });
  const rank = (key: string, seen: number) => RANK.get(key) ?? RANK.size + seen;
  return [...first.entries()]
    .sort(([a, x], [b, y]) => rank(a, x.seen) - rank(b, y.seen))
    .map(([key, { glyph }]) => {
      const text = TEXT.get(key) ?? { label: key, description: '' };
      return { key, glyph, ...text };
    });
}
