import type { Meta, StoryObj } from '@storybook/react-vite';
import { okCaseStory } from '../fixtures/stories.tsx';
import { PreviewPane } from './PreviewPane.tsx';

const meta: Meta = { title: 'Editor/PreviewPane' };
export default meta;

/** Zhou's draft as it is now, drawn by the case page's chart at the editor's side width. */
export const Current: StoryObj = okCaseStory('003-zhou', (load) => (
  <div style={{ width: 640 }}>
    <PreviewPane c={load.case} rc={load.resolved} current />
  </div>
));

/** The draft has errors: the last version without them stays, and says so. */
export const Earlier: StoryObj = okCaseStory('000-marina', (load) => (
  <div style={{ width: 640 }}>
    <PreviewPane c={load.case} rc={load.resolved} current={false} />
  </div>
));

/** A new draft that has never been free of errors. */
export const Empty: StoryObj = { render: () => <PreviewPane c={null} rc={null} current={false} /> };
