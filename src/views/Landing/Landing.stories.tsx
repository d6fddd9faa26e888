import type { Meta, StoryObj } from '@storybook/react-vite';
import { Landing } from './Landing.tsx';
import { BROKEN_PAN_1, CASE_IDS, fixtureEntry } from '../fixtures/caseFixtures.ts';
import { summaryStory } from '../fixtures/stories.tsx';
import { syntheticSummary } from '../fixtures/syntheticLibrary.ts';
import type { LibraryEntry } from '../../core/library/librarySummary.ts';

const meta: Meta<typeof Landing> = { title: 'Screens/Landing', component: Landing };
export default meta;

/** The shipped library: search, folded filters, six cards. */
export const Library = summaryStory((summary) => <Landing state={{ status: 'ready', summary }} />);

/** Searching "CD7" with CRS "not reported" chosen: the counts follow the other choices. */
export const Filtered = summaryStory((summary) => (
  <Landing
    state={{ status: 'ready', summary }}
    filter={{ text: 'CD7', facets: { crs: ['not-reported'] } }}
    onFilter={() => {}}
  />
));

/** One case file failed the build's check; its card says why and the other five keep working. */
export const OneBrokenCase = summaryStory(
  (summary) => <Landing state={{ status: 'ready', summary }} />,
  BROKEN_PAN_1,
);

/** The index itself is missing: nothing can be listed, and the page says why. */
export const MissingIndex = summaryStory(
  (summary) => <Landing state={{ status: 'ready', summary }} />,
  { 'index.json': null },
);

/** A made-up library of 1,000 cases: the first page of cards, facets with counts, "Show more". */
export const ThousandCases: StoryObj<typeof Landing> = {
  loaders: [
    async () => ({
      entry: await fixtureEntry(CASE_IDS.zhou),
    }),
  ],
  render: (_args, { loaded }) => {
    const base = loaded.entry as Extract<LibraryEntry, { status: 'ok' }>;
    return <Landing state={{ status: 'ready', summary: syntheticSummary(base, 1000) }} />;
  },
};

/** While the library loads. */
export const Loading: StoryObj<typeof Landing> = { args: { state: { status: 'loading' } } };
