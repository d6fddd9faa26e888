import { z } from './zod.ts';
import { Id, IsoDate, IsoMonth } from './primitives.ts';

const asStated = z
  .string()
  .max(200)
  .optional()
  .meta({ description: 'The time as the source words it, e.g. "three months later".' });

export const OffsetUnit = z.enum(['day', 'week', 'month', 'year']);
export type OffsetUnit = z.infer<typeof OffsetUnit>;

export const DateTime = z
  .object({ kind: z.literal('date'), date: IsoDate, asStated })
  .strict()
  .meta({ id: 'DateTime', description: 'A calendar day.' });

export const MonthTime = z
  .object({ kind: z.literal('month'), month: IsoMonth, asStated })
  .strict()
  .meta({ id: 'MonthTime', description: 'Some day in a calendar month.' });

export const YearTime = z
  .object({ kind: z.literal('year'), year: z.int().min(1900).max(2100), asStated })
  .strict()
  .meta({ id: 'YearTime', description: 'Some day in a calendar year.' });

export const OffsetTime = z
  .object({
    kind: z.literal('offset'),
    from: Id.meta({ description: 'Id of the event this time is counted from.' }),
    anchor: z
      .enum(['start', 'end'])
      .optional()
      .meta({ description: 'Count from the start (default) or the end of that event.' }),
    amount: z.number().meta({ description: 'How many units after (negative: before) the anchor.' }),
    amountMax: z
      .number()
      .optional()
      .meta({ description: 'Upper end when the source gives a range ("within 1 month": 0 to 1).' }),
    unit: OffsetUnit,
    approximate: z
      .boolean()
      .optional()
      .meta({ description: 'The source rounds ("about three months"): widened by the tolerance.' }),
    tolerance: z.number().min(0).optional().meta({
      description:
        'Half-width of the uncertainty in the same unit when approximate; default max(0.5, 10% of amount).',
    }),
    asStated,
  })
  .strict()
  .meta({
    id: 'OffsetTime',
    description: 'A time counted from another event ("day 13 after infusion").',
  });

export const OrderTime = z
  .object({
    kind: z.literal('order'),
    after: z.array(Id).optional().meta({ description: 'Ids of events this one follows.' }),
    before: z.array(Id).optional().meta({ description: 'Ids of events this one precedes.' }),
    notBefore: IsoDate.optional().meta({ description: 'A calendar day it cannot precede.' }),
    notAfter: IsoDate.optional().meta({
      description: 'A calendar day it cannot follow (e.g. the date the source was written).',
    }),
    asStated,
  })
  .strict()
  .meta({ id: 'OrderTime', description: 'Known only by order relative to other events.' });

export const SourceDateTime = z
  .object({
    kind: z.literal('source-date'),
    source: Id.meta({ description: 'Id of the source whose own date this is.' }),
    asStated,
  })
  .strict()
  .meta({
    id: 'SourceDateTime',
    description:
      'The date of a source itself ("at the time of writing", "to date"): its published day, else its year.',
  });

export const UnknownTime = z
  .object({ kind: z.literal('unknown'), asStated })
  .strict()
  .meta({ id: 'UnknownTime', description: 'The source gives no time.' });

/** A point in time with the precision the source gives it. */
export const TimeSpec = z
  .discriminatedUnion('kind', [
    DateTime,
    MonthTime,
    YearTime,
    OffsetTime,
    OrderTime,
    SourceDateTime,
    UnknownTime,
  ])
  .meta({ id: 'TimeSpec', description: 'A time with the precision the source gives it.' });

export type TimeSpec = z.infer<typeof TimeSpec>;
export type OffsetTime = z.infer<typeof OffsetTime>;
export type OrderTime = z.infer<typeof OrderTime>;
export type SourceDateTime = z.infer<typeof SourceDateTime>;
