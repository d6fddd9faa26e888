import type { Point, Series } from '../format/index.ts';
import type { Glyph } from '../layout/types.ts';
import { isAboveLimit, isCensored, isKineticsSeries } from '../kinetics/censored.ts';

/** Tone (and legend group) of a series: CAR kinetics, MRD, chimerism or another lab value. */
export function seriesTone(s: Series): 'kinetics' | 'mrd' | 'chimerism' | 'lab' {
  if (isKineticsSeries(s)) return 'kinetics';
  if (s.quantity === 'MRD') return 'mrd';
  if (s.quantity === 'chimerism') return 'chimerism';
  return 'lab';
}

/**
 * Glyph of a measurement point: a solid circle for a measured value, "≈" beside it when the value
 * is approximate, and a hollow downward triangle for a censored value, as kinetics papers draw
 * results below the detection limit (the value, if any, is a limit, not a measurement). A result
 * above the assay's upper limit is a hollow diamond at that limit: an upward triangle would share
 * its shape with infection marks in tones that colour-blind readers cannot tell apart.
 */
export function pointGlyph(s: Series, p: Point): Glyph {
  const tone = seriesTone(s);
  if (isAboveLimit(p)) {
    return { shape: 'diamond', fill: 'hollow', text: '', tone, legendKey: `${tone}-above` };
  }
  if (isCensored(p)) {
    return {
      shape: 'triangle-down',
      fill: 'hollow',
      text: '',
      tone,
      legendKey: `${tone}-censored`,
    };
  }
  if (p.qualifier === 'approximate') {
    return { shape: 'circle', fill: 'solid', text: '≈', tone, legendKey: `${tone}-approximate` };
  }
  return { shape: 'circle', fill: 'solid', text: '', tone, legendKey: `${tone}-value` };
}
