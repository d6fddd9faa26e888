import type { Meta } from '@storybook/react-vite';
import { CurationNotes } from './CurationNotes.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof CurationNotes> = { title: 'Case/CurationNotes', component: CurationNotes };
export default meta;

/** What the curator of Grandma Sun's case noted about the garbled source. */
export const GrandmaSun = okCaseStory(CASE_IDS.sun, ({ case: c }) => (
  <CurationNotes curation={c.curation} />
));
