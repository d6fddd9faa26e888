import type { Meta, StoryObj } from '@storybook/react-vite';
import { caseDoc, DraftHarness } from './storyKit.tsx';
import { Field, FieldProblems } from './Field.tsx';

const meta: Meta = { title: 'Editor/Field' };
export default meta;

/** A labelled control with its hint and a problem from the validator (Zhou with an empty title). */
export const WithHintAndProblem: StoryObj = {
  loaders: [async () => ({ doc: { ...(await caseDoc()), title: '' } })],
  render: (_a, { loaded }) => (
    <DraftHarness initial={loaded.doc as Record<string, unknown>}>
      {() => (
        <Field id="field:title" path="title" label="Title" hint="Shown on the card and the page.">
          {(d, invalid) => (
            <input id="field:title" aria-describedby={d} aria-invalid={invalid} defaultValue="" />
          )}
        </Field>
      )}
    </DraftHarness>
  ),
};

/** A group's own problems (a list that must not be empty). */
export const GroupProblems: StoryObj = {
  loaders: [async () => ({ doc: { ...(await caseDoc()), sources: [] } })],
  render: (_a, { loaded }) => (
    <DraftHarness initial={loaded.doc as Record<string, unknown>}>
      {() => <FieldProblems id="sources-problems" path="sources" />}
    </DraftHarness>
  ),
};
