import type { Meta, StoryObj } from '@storybook/react-vite';
import { childSchema, type FieldSchema } from '../../core/editor/index.ts';
import { Case } from '../../core/format/index.ts';
import { caseDoc, DraftHarness } from './storyKit.tsx';
import { ListField } from './ListField.tsx';

const meta: Meta = { title: 'Editor/ListField' };
export default meta;

const CASE = Case as unknown as FieldSchema;
type Doc = Record<string, unknown>;

/** Zhou's events, each in a disclosure, with the kind to add next. */
export const Events: StoryObj = {
  loaders: [async () => ({ doc: await caseDoc() })],
  render: (_a, { loaded }) => (
    <DraftHarness initial={loaded.doc as Doc}>
      {(doc) => (
        <ListField
          path={['events']}
          schema={childSchema(CASE, 'events', doc)!}
          value={doc.events}
          label="Events"
        />
      )}
    </DraftHarness>
  ),
};

/** A list of short values: the source's authors, one input each. */
export const Authors: StoryObj = {
  loaders: [async () => ({ doc: await caseDoc() })],
  render: (_a, { loaded }) => (
    <DraftHarness initial={loaded.doc as Doc}>
      {(doc) => {
        const sources = childSchema(CASE, 'sources', doc)!;
        const source = childSchema(sources, 0, doc.sources)!;
        const value = (doc.sources as Array<{ authors: string[] }>)[0]!;
        return (
          <ListField
            path={['sources', 0, 'authors']}
            schema={childSchema(source, 'authors', value)!}
            value={value.authors.slice(0, 3)}
            label="Authors"
          />
        );
      }}
    </DraftHarness>
  ),
};
