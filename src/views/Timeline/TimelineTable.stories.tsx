import type { Meta } from '@storybook/react-vite';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { modelStory } from './storyKit.tsx';
import { TimelineTable } from './TimelineTable.tsx';

const meta: Meta<typeof TimelineTable> = {
  title: 'Timeline/TimelineTable',
  component: TimelineTable,
};
export default meta;

/** Marina's marks as a table in time order: when (placed and stated), lane, what, grade or value, source. */
export const Marina = modelStory(CASE_IDS.marina, (m) => <TimelineTable model={m} />);
/** Kong in time order across lanes, with the series shown only in figures listed under the table. */
export const Kong = modelStory(CASE_IDS.kong, (m) => <TimelineTable model={m} />);
