import { z } from './zod.ts';
import { Id, Text } from './primitives.ts';

const common = {
  source: Id.meta({ description: 'Id of an entry in the case\'s "sources".' }),
  locator: z
    .string()
    .min(1)
    .max(300)
    .meta({ description: 'Where in the source: section heading, paragraph, figure.' }),
  quote: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'A few words verbatim, only where the exact wording matters.' }),
};

/** Another source that reports the same fact (format 1.1): corroboration, not a second fact. */
export const Corroboration = z
  .object({
    source: common.source,
    locator: common.locator,
    quote: common.quote,
  })
  .strict()
  .meta({ id: 'Corroboration', description: 'Another source that reports the same fact.' });

// Format 1.1: "source" stays the one the fact is read from; the others that agree are listed here.
const corroboratedBy = z
  .array(Corroboration)
  .min(1)
  .optional()
  .meta({ description: 'Other sources that report the same fact (format 1.1).' });

/** Where a fact comes from, and whether the source states it or the curator derived it. */
export const Provenance = z
  .discriminatedUnion('basis', [
    z.object({ ...common, basis: z.literal('stated'), corroboratedBy }).strict(),
    z
      .object({
        ...common,
        basis: z.literal('derived'),
        reason: Text.meta({ description: 'How the fact was calculated or inferred.' }),
        corroboratedBy,
      })
      .strict(),
  ])
  .meta({
    id: 'Provenance',
    description: 'Source, locator and basis (stated or derived) of one fact.',
  });

export type Provenance = z.infer<typeof Provenance>;
export type Corroboration = z.infer<typeof Corroboration>;
