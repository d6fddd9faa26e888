import type { Meta, StoryObj } from '@storybook/react-vite';
import { newCaseDraft } from '../../core/editor/index.ts';
import { setEditorClock, useEditorStore } from '../../app/editor/index.ts';
import { caseDoc } from './storyKit.tsx';
import { DraftEditor } from './DraftEditor.tsx';
import { Editor } from './Editor.tsx';

const meta: Meta = { title: 'Editor/Editor' };
export default meta;

const SAVED = Date.UTC(2026, 11, 2, 13, 45, 2);

/** A draft made in the editor store at a fixed time, so the story is the same on every run. */
async function draft(doc: unknown, origin?: string) {
  setEditorClock(() => SAVED);
  return { id: useEditorStore.getState().create(doc, origin) };
}

/** The editor on a copy of Zhou: form, live preview, validator, the drafts in this browser. */
export const CopyOfZhou: StoryObj = {
  loaders: [async () => draft(await caseDoc(), '003-zhou')],
  render: (_a, { loaded }) => <Editor draftId={loaded.id as string} />,
};

/** A new case: only what the format requires, empty, with the validator saying what to fill in. */
export const NewCase: StoryObj = {
  loaders: [
    async () =>
      draft(
        newCaseDraft('2026-12-02', 'https://example.org/caselines/data/schema/case.schema.json'),
      ),
  ],
  render: (_a, { loaded }) => <DraftEditor draftId={loaded.id as string} />,
};

/** A draft id this browser does not hold. */
export const UnknownDraft: StoryObj = { render: () => <Editor draftId="d-not-here" /> };
