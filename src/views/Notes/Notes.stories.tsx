import type { Meta } from '@storybook/react-vite';
import { Notes } from './Notes.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof Notes> = { title: 'Facts/Notes', component: Notes };
export default meta;

/** The notes on Zhou's CAR product. */
export const ProductNotes = okCaseStory(CASE_IDS.zhou, ({ case: c }) => (
  <Notes notes={c.products[0]?.notes} />
));
