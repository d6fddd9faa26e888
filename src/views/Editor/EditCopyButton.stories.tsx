import type { Meta, StoryObj } from '@storybook/react-vite';
import { okCaseStory } from '../fixtures/stories.tsx';
import { EditCopyButton } from './EditCopyButton.tsx';

const meta: Meta = { title: 'Editor/EditCopyButton' };
export default meta;

/** On a case page: copies Zhou's file into a new draft. */
export const EditACopy: StoryObj = okCaseStory('003-zhou', (load) => (
  <EditCopyButton load={load} />
));

/** Beside a reader's opened file. */
export const OpenInEditor: StoryObj = okCaseStory('004-kong', (load) => (
  <EditCopyButton load={load}>Open in editor</EditCopyButton>
));
