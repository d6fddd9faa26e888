import type { Event } from '../format/index.ts';
import type { Glyph } from '../layout/types.ts';
import { toxicityGlyph } from './toxicity.ts';

const glyph = (
  shape: Glyph['shape'],
  fill: Glyph['fill'],
  tone: string,
  legendKey = tone,
): Glyph => ({ shape, fill, text: '', tone, legendKey });

type Response = Extract<Event, { kind: 'response' }>['assessment'];
type Planned = Extract<Event, { kind: 'plan' }>['planned'];

// Good news is a solid circle; a neutral assessment (imaging, other) hollow; worse disease takes
// the relapse glyph, because that is what the reader must not miss.
const RESPONSE: Record<Response, Glyph> = {
  CR: glyph('circle', 'solid', 'response'),
  CRi: glyph('circle', 'solid', 'response'),
  PR: glyph('circle', 'solid', 'response'),
  'MRD-negative': glyph('circle', 'solid', 'response'),
  remission: glyph('circle', 'solid', 'response'),
  'PET-CT': glyph('circle', 'hollow', 'response', 'response-assessment'),
  other: glyph('circle', 'hollow', 'response', 'response-assessment'),
  progression: glyph('triangle-down', 'solid', 'relapse', 'response-worse'),
  'MRD-positive': glyph('triangle-down', 'solid', 'relapse', 'response-worse'),
};

// A plan keeps the shape of what is planned, always hollow, in the muted plan tone.
const PLAN_SHAPE: Record<Planned, Glyph['shape']> = {
  transplant: 'diamond',
  'car-t-infusion': 'star',
  maintenance: 'bar',
  therapy: 'bar',
  other: 'circle',
};

/** Glyph of any event; shapes follow the event kind so that colour is never the only cue. */
export function eventGlyph(e: Event): Glyph {
  switch (e.kind) {
    case 'toxicity':
      return toxicityGlyph(e);
    case 'diagnosis':
      return glyph('square', 'hollow', 'disease', 'diagnosis');
    case 'relapse':
      return glyph('triangle-down', 'solid', 'relapse');
    case 'transplant':
      return glyph('diamond', 'solid', 'transplant');
    case 'car-t-infusion':
      return glyph('star', 'solid', 'car-t');
    case 'chemotherapy':
      return glyph('bar', 'solid', 'chemo', 'chemotherapy');
    case 'immunotherapy':
      return glyph('bar', 'solid', 'immuno', 'immunotherapy');
    case 'apheresis':
      return glyph('triangle', 'hollow', 'car-t', 'apheresis');
    case 'lymphodepletion':
      return glyph('bar', 'solid', 'lymphodepletion');
    case 'icu-admission':
      return glyph('bar', 'hatched', 'therapy', 'icu-admission');
    case 'mechanical-ventilation':
      return glyph('bar', 'hollow', 'therapy', 'mechanical-ventilation');
    case 'therapy':
      return glyph('bar', 'solid', 'therapy');
    case 'response':
      return { ...RESPONSE[e.assessment] };
    case 'death':
      // A death the source only implies is drawn hollow: the reader must see it is not stated.
      return e.provenance.basis === 'stated'
        ? glyph('cross', 'solid', 'death')
        : glyph('cross', 'hollow', 'death', 'death-derived');
    case 'follow-up':
      return glyph('bar', 'solid', 'follow-up');
    case 'plan':
      return glyph(PLAN_SHAPE[e.planned], 'hollow', 'plan', `plan-${e.planned}`);
    case 'other':
      return glyph('circle', 'hollow', 'other');
  }
}
