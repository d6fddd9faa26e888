// What every part of a scene's SVG is drawn with: the palette, the scene's sizes and the id prefix
// of the file's patterns. Colours come from the palette, never from a stylesheet or the page.
import { patternDefs, type ExportPalette } from '../../core/export/legendSvg.ts';
import type { SvgFragment } from '../../core/export/svgTree.ts';
import type { SceneSizes } from '../sizes.ts';

/** The colours, sizes and pattern ids one chart's SVG is drawn with. */
export interface Paint {
  /** The theme's colours. */
  p: ExportPalette;
  /** The scene's sizes (text, bars). */
  sizes: SceneSizes;
  /** Prefix of this chart's pattern and clip ids, unique in the file. */
  id: string;
}

/** Rounds a pixel value to a tenth, so files stay small and stable. */
export const px = (n: number) => Math.round(n * 10) / 10;

/** A tone token's colour (text colour for a token the palette lacks). */
export const toneOf = (paint: Paint, tone: string) => paint.p.tones[tone] ?? paint.p.text;

/** Id of a tone's "not reported" hatch pattern. */
export const hatchRef = (paint: Paint, tone: string) => `${paint.id}-hatch-${tone}`;

/** Id of the order-only band's pattern. */
export const bandRef = (paint: Paint) => `${paint.id}-band`;

/** A text halo in the background colour, so words stay legible over lines and bands. */
export const halo = (paint: Paint, width = 3): Record<string, string | number> => ({
  stroke: paint.p.background,
  'stroke-width': width,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
});

/** The patterns a chart points to: a hatch per tone of a "not reported" mark, and the band's. */
export function patternsSvg(paint: Paint, tones: Iterable<string>): SvgFragment {
  return patternDefs(paint.id, paint.p, tones, true);
}
