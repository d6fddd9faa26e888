import { z } from './zod.ts';
import { Id, Label, Text } from './primitives.ts';
import { Provenance } from './provenance.ts';
import { TimeSpec } from './time.ts';

export const Quantity = z.enum([
  'MRD',
  'chimerism',
  'car-transgene',
  'car-t-flow',
  'car-t-count',
  'ferritin',
  'IL-6',
  'blasts',
  'other-lab',
]);
export type Quantity = z.infer<typeof Quantity>;

export const Point = z
  .object({
    time: TimeSpec,
    value: z.number().optional().meta({
      description:
        'Omitted only when the qualifier says there is none; for a censored value, the limit.',
    }),
    qualifier: z
      .enum(['exact', 'approximate', 'below-detection', 'undetectable', 'above-limit'])
      .optional()
      .meta({
        description:
          'Default "exact". Below-detection and undetectable are censored values; "above-limit" (format 1.1) is a result above the assay\'s upper limit, whose "value" is that limit (">5000 pg/mL": 5000).',
      }),
    asPrinted: z.string().max(80).optional().meta({
      description: 'The value exactly as printed, when the print is damaged or ambiguous.',
    }),
    peak: z
      .boolean()
      .optional()
      .meta({ description: 'true when the source reports this value as the peak (not inferred).' }),
    provenance: Provenance,
    note: Text.optional(),
  })
  .strict()
  .meta({ id: 'Point' });

export const Series = z
  .object({
    id: Id,
    quantity: Quantity,
    label: Label,
    unit: z
      .string()
      .min(1)
      .max(40)
      .meta({ description: 'Unit as printed, e.g. "copies/μg gDNA", "%".' }),
    specimen: Label.optional().meta({ description: 'e.g. "bone marrow", "peripheral blood".' }),
    method: Label.optional().meta({ description: 'e.g. "qPCR", "flow cytometry", "NGS".' }),
    scale: z
      .enum(['log', 'linear'])
      .optional()
      .meta({ description: 'Axis; default log for CAR kinetics.' }),
    valuesReported: z
      .boolean()
      .optional()
      .meta({ description: 'false when the source shows the measurement but no readable values.' }),
    provenance: Provenance,
    notes: z.array(Text).optional(),
    points: z.array(Point),
  })
  .strict()
  .meta({ id: 'Series', description: 'A measured quantity over time.' });

export type Series = z.infer<typeof Series>;
export type Point = z.infer<typeof Point>;
