import type { Case, Event } from '../format/index.ts';
import { glyphFor } from '../glyphs/index.ts';
import type { Glyph } from '../layout/types.ts';
import type { MarkerKind } from './types.ts';

/**
 * The swimmer marker an event becomes, or null for events a swimmer plot leaves out (therapies,
 * toxicities, plans, other): the plot tells response and its duration, the case page the rest.
 */
export function markerKind(e: Event): MarkerKind | null {
  switch (e.kind) {
    case 'diagnosis':
      return 'diagnosis';
    case 'relapse':
      return 'relapse';
    case 'transplant':
      return 'transplant';
    case 'car-t-infusion':
      return 'infusion';
    case 'death':
      return 'death';
    case 'follow-up':
      return 'follow-up';
    case 'response':
      switch (e.assessment) {
        case 'MRD-negative':
          return 'mrd-negative';
        case 'progression':
        case 'MRD-positive':
          return 'progression';
        case 'PET-CT':
        case 'other':
          return 'assessment';
        default:
          return 'response';
      }
    default:
      return null;
  }
}

// The timeline draws MRD negativity as any response; a swimmer plot names it apart, so it gets
// its own shape (an upward triangle) and legend entry.
const MRD_NEGATIVE: Glyph = {
  shape: 'triangle',
  fill: 'solid',
  text: '',
  tone: 'response',
  legendKey: 'mrd-negative',
};

/** The marker's glyph: the timeline's glyph of the event, except MRD negativity. */
export function markerGlyph(c: Case, e: Event, kind: MarkerKind): Glyph {
  return kind === 'mrd-negative' ? { ...MRD_NEGATIVE } : glyphFor(c, { event: e });
}
