import { z } from './zod.ts';
import { Doi, Id, IsoDate, Label, Text, WebUrl } from './primitives.ts';
import { Provenance } from './provenance.ts';
import { TimeSpec } from './time.ts';
import { Event } from './event.ts';
import { Series } from './measurement.ts';

/** The format version new files are written in. */
export const FORMAT_VERSION = 1.1;

/** Every format version this code reads: 1.1 only adds optional fields, so a 1.0 file stays valid. */
export const FORMAT_VERSIONS = [1, 1.1] as const;

/** The library index's own version (its shape did not change with case format 1.1). */
export const INDEX_FORMAT_VERSION = 1;

/** What a source leaves unknown (format 1.1): not the same as an unsigned page's empty author list. */
export const SourceUnknown = z.enum(['title', 'authors']);

export const Source = z
  .object({
    id: Id,
    type: z.enum(['journal-article', 'journal-abstract', 'preprint', 'web-page', 'news', 'slides']),
    authors: z.array(Label).meta({
      description:
        'Authors in citation order; empty for unsigned pages, and for authors not known (see "unknown").',
    }),
    title: z
      .string()
      .min(1)
      .max(400)
      .optional()
      .meta({ description: 'Required unless "unknown" lists "title".' }),
    unknown: z.array(SourceUnknown).min(1).optional().meta({
      description:
        'What the curator could not find out (format 1.1): "title", "authors". Unknown authors are not an unsigned page.',
    }),
    venue: Label.optional().meta({ description: 'Journal or website.' }),
    year: z.int().min(1900).max(2100).optional(),
    published: IsoDate.optional(),
    volume: z.string().max(20).optional(),
    issue: z.string().max(20).optional(),
    pages: z.string().max(20).optional(),
    doi: Doi.optional(),
    url: WebUrl.optional(),
    licence: Label.optional().meta({ description: 'e.g. "CC BY 4.0"; omit when not known.' }),
    file: z
      .string()
      .max(200)
      .optional()
      .meta({ description: 'Name of the curated copy in the source archive.' }),
    notes: z.array(Text).optional(),
  })
  .strict()
  .meta({ id: 'Source' });

/** A fact about the product that may be stated, derived, or not reported (field omitted). */
const productFact = <T extends z.ZodType>(value: T) =>
  z.object({ value, provenance: Provenance }).strict().optional();

export const Product = z
  .object({
    id: Id,
    label: Label,
    targets: productFact(z.array(Label).min(1)).meta({
      description: 'Target antigens, e.g. ["CD7"].',
    }),
    origin: productFact(z.enum(['autologous', 'allogeneic', 'donor-derived'])),
    vector: productFact(Label).meta({ description: 'e.g. "retroviral", "lentiviral".' }),
    costimulatory: productFact(Label).meta({ description: 'e.g. "4-1BB", "CD28".' }),
    geneEditing: productFact(Label).meta({ description: 'e.g. "none", "CRISPR knockout of CD7".' }),
    dose: productFact(Label).meta({ description: 'Dose as reported, with its unit.' }),
    notes: z.array(Text).optional(),
  })
  .strict()
  .meta({ id: 'Product', description: 'A CAR construct; omitted fields are not reported.' });

const fact = <T extends z.ZodType>(value: T) =>
  z.object({ value, provenance: Provenance }).strict();

export const Patient = z
  .object({
    label: Label.optional().meta({ description: 'Name or pseudonym as the source uses it.' }),
    sex: fact(z.enum(['female', 'male'])).optional(),
    age: z
      .object({ years: z.int().min(0).max(120), at: TimeSpec, provenance: Provenance })
      .strict()
      .optional()
      .meta({ description: 'Age in years and the time that age applies to.' }),
    disease: z
      .object({
        name: Label,
        abbreviation: z.string().max(20).optional(),
        subtype: Label.optional(),
        provenance: Provenance,
      })
      .strict(),
    immunophenotype: z
      .array(fact(Label).meta({ description: 'A marker as reported, e.g. "CD7+".' }))
      .optional(),
    comorbidities: z.array(fact(Label)).optional(),
  })
  .strict()
  .meta({ id: 'Patient' });

export const Case = z
  .object({
    $schema: z.string().optional().meta({
      description:
        'Address of this JSON Schema, for editors: "../schema/case.schema.json" inside the repository, or the built site\'s "<site>/data/schema/case.schema.json" for a file kept elsewhere. Ignored by the app.',
    }),
    formatVersion: z.literal(FORMAT_VERSIONS).meta({
      description: '1 or 1.1; a file using a 1.1 field should say 1.1.',
    }),
    id: Id,
    title: z.string().min(1).max(200),
    summary: Text,
    patient: Patient,
    sources: z.array(Source).min(1),
    products: z.array(Product),
    events: z.array(Event),
    measurements: z.array(Series),
    curation: z
      .object({ curatedOn: IsoDate, curators: z.array(Label).optional(), notes: z.array(Text) })
      .strict(),
  })
  .strict()
  .meta({ id: 'Case', title: 'Caselines case, format v1.1' });

export type Case = z.infer<typeof Case>;
export type Source = z.infer<typeof Source>;
export type Product = z.infer<typeof Product>;
export type Patient = z.infer<typeof Patient>;

export const LibraryIndex = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(INDEX_FORMAT_VERSION),
    cases: z.array(
      z
        .object({
          id: Id,
          file: z
            .string()
            .regex(/^cases\/[a-z0-9][a-z0-9-]*\.json$/, 'a path like "cases/003-zhou.json"'),
          title: z
            .string()
            .min(1)
            .max(200)
            .meta({ description: 'Shown on the card if the file fails.' }),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: 'LibraryIndex' });

export type LibraryIndex = z.infer<typeof LibraryIndex>;
