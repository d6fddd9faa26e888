import { z } from './zod.ts';
import { Id, Label, Text } from './primitives.ts';
import { Provenance } from './provenance.ts';
import { TimeSpec } from './time.ts';

/** Fields every event has, whatever its kind. */
const base = {
  id: Id,
  label: Label.meta({ description: "Short name shown on the timeline, in the curator's words." }),
  time: TimeSpec.meta({ description: 'When it happened, or when it started for a period.' }),
  end: TimeSpec.optional().meta({ description: 'When a period ended, if it has a known end.' }),
  description: Text.optional(),
  provenance: Provenance,
  notes: z
    .array(Text)
    .optional()
    .meta({ description: 'Curation notes: what the source leaves open.' }),
};

const agents = {
  agents: z
    .array(Label)
    .optional()
    .meta({ description: 'Named agents, if the source names them.' }),
  agentClass: Label.optional().meta({ description: 'Unnamed class, e.g. "chemotherapy".' }),
  intent: z
    .enum([
      'induction',
      'consolidation',
      'salvage',
      'debulking',
      'bridging',
      'maintenance',
      'supportive',
      'other',
    ])
    .optional(),
};

/** A grade on a named scale; ASTCT grades apply to CRS and ICANS (1–4). */
export const Grade = z
  .object({
    scale: z
      .enum(['ASTCT', 'CTCAE', 'MAGIC', 'Glucksberg', 'NIH', 'unstated', 'other'])
      .meta({ description: '"unstated" when the source gives a grade without naming its scale.' }),
    value: z.int().meta({ description: 'The grade number as reported.' }),
    asPrinted: z
      .string()
      .max(40)
      .optional()
      .meta({ description: 'The grade as printed, e.g. "CRS 1".' }),
  })
  .strict()
  .meta({ id: 'Grade' });

/** One step of a toxicity's grade course (format 1.1): the grade it had from a time on. */
export const GradeStep = z
  .object({
    grade: Grade,
    time: TimeSpec.meta({ description: 'When the toxicity reached this grade.' }),
    provenance: Provenance,
    note: Text.optional(),
  })
  .strict()
  .meta({ id: 'GradeStep', description: 'The grade a toxicity had from a time on.' });

/** The lanes an "other" event can be put in (format 1.1); plans and measurements have their own. */
export const EventLane = z
  .enum(['disease', 'therapy', 'cellular', 'toxicity', 'response', 'outcome'])
  .meta({
    description:
      'Lane of an "other" event: disease course, therapies, cellular therapy, toxicities, response assessments, or follow-up and outcome.',
  });

export const ResponseAssessment = z.enum([
  'CR',
  'CRi',
  'PR',
  'MRD-negative',
  'MRD-positive',
  'PET-CT',
  'remission',
  'progression',
  'other',
]);

export const PlannedKind = z.enum([
  'transplant',
  'maintenance',
  'car-t-infusion',
  'therapy',
  'other',
]);

export const ToxicityType = z.enum([
  'CRS',
  'ICANS',
  'GVHD',
  'infection',
  'TA-TMA',
  'organ',
  'other',
]);

export const Event = z
  .discriminatedUnion('kind', [
    z.object({ ...base, kind: z.literal('diagnosis'), disease: Label.optional() }).strict(),
    z
      .object({
        ...base,
        kind: z.literal('chemotherapy'),
        ...agents,
        lines: z.int().min(1).optional(),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal('immunotherapy'),
        modality: z.enum(['immunotherapy', 'targeted', 'immuno-targeted']),
        ...agents,
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal('apheresis'),
        product: Id.optional().meta({
          description: 'Id of the product made from the collected cells, if the source says.',
        }),
      })
      .strict()
      .meta({ description: 'Collection of cells for a CAR-T product (format 1.1).' }),
    z.object({ ...base, kind: z.literal('lymphodepletion'), ...agents }).strict(),
    z
      .object({ ...base, kind: z.literal('icu-admission') })
      .strict()
      .meta({ description: 'A stay in intensive care; "end" is the discharge (format 1.1).' }),
    z
      .object({ ...base, kind: z.literal('mechanical-ventilation') })
      .strict()
      .meta({ description: 'Invasive mechanical ventilation; "end" is extubation (format 1.1).' }),
    z
      .object({
        ...base,
        kind: z.literal('therapy'),
        category: z.enum([
          'radiotherapy',
          'supportive',
          'anti-cytokine',
          'steroid',
          'anti-infective',
          'other',
        ]),
        ...agents,
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal('transplant'),
        transplantType: z.enum(['autologous', 'allogeneic', 'haploidentical', 'unknown']),
        donor: Label.optional(),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal('relapse'),
        sites: z.array(z.enum(['marrow', 'extramedullary', 'CNS', 'unknown'])).min(1),
        level: z.enum(['MRD', 'morphological', 'unknown']),
        locations: z
          .array(Label)
          .optional()
          .meta({ description: 'Named sites, e.g. "left pelvic wall".' }),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal('car-t-infusion'),
        product: Id.meta({ description: 'Id of an entry in "products".' }),
        dose: Label.optional().meta({ description: 'Dose as reported, with its unit.' }),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal('response'),
        assessment: ResponseAssessment,
        method: Label.optional().meta({
          description: 'e.g. "bone marrow", "PET/CT", "flow cytometry".',
        }),
        result: Text.optional().meta({ description: "The finding in the curator's words." }),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal('toxicity'),
        toxicity: ToxicityType,
        occurred: z
          .boolean()
          .meta({ description: 'false when the source says it did not happen ("no ICANS").' }),
        grade: z
          .union([Grade, z.literal('not-reported')])
          .optional()
          .meta({
            description:
              'Maximum grade, or "not-reported" when the source gives none. With a "gradeCourse" it may be left out: the maximum is read from the course.',
          }),
        gradeCourse: z.array(GradeStep).min(1).optional().meta({
          description:
            'How the grade changed, in time order (format 1.1): CRS grade 2 on day 1, then 3 on day 3.',
        }),
        severity: Label.optional().meta({ description: 'Severity word as reported, e.g. "mild".' }),
        gvhdType: z.enum(['hyperacute', 'acute', 'chronic', 'unknown']).optional(),
        organs: z.array(Label).optional(),
        signs: z.array(Label).optional().meta({ description: 'Reported features, e.g. "fever".' }),
        treatedBy: z.array(Id).optional().meta({
          description:
            'Ids of the treatments (therapy, chemotherapy, immunotherapy, lymphodepletion or mechanical-ventilation events) that treated it.',
        }),
      })
      .strict(),
    z.object({ ...base, kind: z.literal('death'), cause: Label.optional() }).strict(),
    z
      .object({
        ...base,
        kind: z.literal('follow-up'),
        status: z.enum(['in-remission', 'alive', 'relapsed', 'dead', 'unknown']),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal('plan'),
        planned: PlannedKind.meta({
          description: 'What is intended; a plan is never drawn as something that happened.',
        }),
      })
      .strict(),
    z
      .object({
        ...base,
        kind: z.literal('other'),
        lane: EventLane.optional().meta({
          description:
            'Lane to draw it in (format 1.1); without it the lane is guessed from the label.',
        }),
      })
      .strict(),
  ])
  .meta({ id: 'Event', description: 'Something that happened to the patient, or a plan.' });

export type Event = z.infer<typeof Event>;
export type EventKind = Event['kind'];
export type Grade = z.infer<typeof Grade>;
export type GradeStep = z.infer<typeof GradeStep>;
export type EventLane = z.infer<typeof EventLane>;
export type ToxicityEvent = Extract<Event, { kind: 'toxicity' }>;
