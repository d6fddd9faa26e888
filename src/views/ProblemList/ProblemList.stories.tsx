import type { Meta } from '@storybook/react-vite';
import { ProblemList } from './ProblemList.tsx';
import { BROKEN_PAN_1, CASE_IDS } from '../fixtures/caseFixtures.ts';
import { libraryStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof ProblemList> = { title: 'Validation/ProblemList', component: ProblemList };
export default meta;

/** What the loader reports for a case file with invalid JSON. */
export const InvalidJson = libraryStory(
  (library) => (
    <ProblemList
      problems={library.cases.find((c) => c.entry.id === CASE_IDS.pan1)?.problems ?? []}
    />
  ),
  BROKEN_PAN_1,
);

/** What the loader reports for a case file that is missing. */
export const MissingFile = libraryStory(
  (library) => (
    <ProblemList
      problems={library.cases.find((c) => c.entry.id === CASE_IDS.kong)?.problems ?? []}
    />
  ),
  { 'cases/004-kong.json': null },
);
