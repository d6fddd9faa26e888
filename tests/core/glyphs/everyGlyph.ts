import { glyphFor } from '../../../src/core/glyphs/index.ts';
import {
  PlannedKind,
  Quantity,
  ResponseAssessment,
  ToxicityType,
  type Event,
  type Point,
  type Series,
} from '../../../src/core/format/index.ts';
import type { Glyph } from '../../../src/core/layout/types.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';
import { SHIPPED, shipped } from './shipped.ts';

// Every glyph the module can emit: every event kind and variant, every toxicity state, every
// point qualifier for every quantity, plus the glyphs of the shipped cases.
export function everyGlyph(): Glyph[] {
  const c = makeCase([]);
  const base = { id: 'e', label: 'e', time: { kind: 'unknown' }, provenance: stated } as const;
  const events: Event[] = [
    { ...base, kind: 'diagnosis' },
    { ...base, kind: 'chemotherapy' },
    { ...base, kind: 'immunotherapy', modality: 'targeted' },
    { ...base, kind: 'apheresis' },
    { ...base, kind: 'lymphodepletion' },
    { ...base, kind: 'icu-admission' },
    { ...base, kind: 'mechanical-ventilation' },
    { ...base, kind: 'therapy', category: 'steroid' },
    { ...base, kind: 'transplant', transplantType: 'allogeneic' },
    { ...base, kind: 'relapse', sites: ['marrow'], level: 'MRD' },
    { ...base, kind: 'car-t-infusion', product: 'p' },
    { ...base, kind: 'death' },
    { ...base, kind: 'death', provenance: { ...stated, basis: 'derived', reason: 'r' } },
    { ...base, kind: 'follow-up', status: 'alive' },
    { ...base, kind: 'other' },
    ...ResponseAssessment.options.map((assessment): Event => ({
      ...base,
      kind: 'response',
      assessment,
    })),
    ...PlannedKind.options.map((planned): Event => ({ ...base, kind: 'plan', planned })),
    ...ToxicityType.options.flatMap((toxicity): Event[] =>
      [true, false].flatMap((occurred) =>
        [undefined, 'not-reported' as const, { scale: 'ASTCT' as const, value: 2 }].map(
          (grade) => ({ ...base, kind: 'toxicity', toxicity, occurred, grade }),
        ),
      ),
    ),
  ];
  const quantities: Series['quantity'][] = Quantity.options;
  const qualifiers: Point['qualifier'][] = [
    undefined,
    'exact',
    'approximate',
    'below-detection',
    'undetectable',
    'above-limit',
  ];
  const points = quantities.flatMap((quantity) =>
    qualifiers.map((qualifier) => {
      const series: Series = {
        id: 's',
        quantity,
        label: 's',
        unit: '%',
        provenance: stated,
        points: [],
      };
      return glyphFor(c, { series, point: { time: base.time, qualifier, provenance: stated } });
    }),
  );
  const real = SHIPPED.flatMap((file) => {
    const { c: sc } = shipped(file);
    return [
      ...sc.events.map((event) => glyphFor(sc, { event })),
      ...sc.measurements.flatMap((series) =>
        series.points.map((point) => glyphFor(sc, { series, point })),
      ),
    ];
  });
  return [...events.map((event) => glyphFor(c, { event })), ...points, ...real];
}
