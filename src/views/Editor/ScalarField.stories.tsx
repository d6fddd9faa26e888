import type { Meta, StoryObj } from '@storybook/react-vite';
import { caseDoc, DraftHarness } from './storyKit.tsx';
import { ScalarField } from './ScalarField.tsx';

const meta: Meta = { title: 'Editor/ScalarField' };
export default meta;

type Doc = Record<string, unknown>;
const load = [async () => ({ doc: await caseDoc() })];

/** Text: Zhou's title. */
export const Text: StoryObj = {
  loaders: load,
  render: (_a, { loaded }) => (
    <DraftHarness initial={loaded.doc as Doc}>
      {(doc) => (
        <ScalarField
          path={['title']}
          value={doc.title}
          shape={{ type: 'text', long: false }}
          label="Title"
          optional={false}
        />
      )}
    </DraftHarness>
  ),
};

/** A reference: the source of the disease's provenance, chosen among the case's sources. */
export const Reference: StoryObj = {
  loaders: load,
  render: (_a, { loaded }) => (
    <DraftHarness initial={loaded.doc as Doc}>
      {() => (
        <ScalarField
          path={['patient', 'disease', 'provenance', 'source']}
          value="zhou-2024"
          shape={{ type: 'text', long: false }}
          label="Source"
          optional={false}
        />
      )}
    </DraftHarness>
  ),
};

/** An empty required text: the validator's problem shown at the field. */
export const WithProblem: StoryObj = {
  loaders: [async () => ({ doc: { ...(await caseDoc()), summary: '' } })],
  render: (_a, { loaded }) => (
    <DraftHarness initial={loaded.doc as Doc}>
      {(doc) => (
        <ScalarField
          path={['summary']}
          value={doc.summary}
          shape={{ type: 'text', long: true }}
          label="Summary"
          optional={false}
        />
      )}
    </DraftHarness>
  ),
};
