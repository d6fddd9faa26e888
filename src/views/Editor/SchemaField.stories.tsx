import type { Meta, StoryObj } from '@storybook/react-vite';
import { childSchema, type FieldSchema } from '../../core/editor/index.ts';
import { Case } from '../../core/format/index.ts';
import { caseDoc, DraftHarness } from './storyKit.tsx';
import { SchemaField } from './SchemaField.tsx';

const meta: Meta = { title: 'Editor/SchemaField' };
export default meta;

const CASE = Case as unknown as FieldSchema;
type Doc = Record<string, unknown>;

/** Draws the form for one top-level part of Zhou's file, or the item `pick` chooses in it. */
function part(key: string, pick?: (doc: Doc) => number): StoryObj {
  return {
    loaders: [async () => ({ doc: await caseDoc() })],
    render: (_a, { loaded }) => (
      <DraftHarness initial={loaded.doc as Doc}>
        {(doc) => {
          const list = childSchema(CASE, key, doc)!;
          const index = pick?.(doc);
          if (index === undefined)
            return <SchemaField path={[key]} schema={list} value={doc[key]} label={key} />;
          const item = (doc[key] as unknown[])[index];
          return (
            <SchemaField
              path={[key, index]}
              schema={childSchema(list, index, doc[key])!}
              value={item}
              label={`${key} ${index + 1}`}
            />
          );
        }}
      </DraftHarness>
    ),
  };
}

/** Zhou's patient: sex, age with its time, disease, each with its provenance. */
export const Patient = part('patient');

/** Zhou's one source, the journal abstract. */
export const Sources = part('sources');

/** Zhou's product: targets, origin, vector and gene editing, each stated with a locator. */
export const Products = part('products');

/** Zhou's CRS (grade 1), a toxicity event: kind, grade, time and provenance. */
export const ToxicityEvent = part('events', (doc) =>
  (doc.events as Array<{ toxicity?: string }>).findIndex((e) => e.toxicity === 'CRS'),
);

/** Zhou's CAR copy series with its one printed point. */
export const Measurements = part('measurements');
