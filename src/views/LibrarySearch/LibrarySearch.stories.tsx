import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { LibrarySearch } from './LibrarySearch.tsx';
import type { LibraryEntry } from '../../core/library/librarySummary.ts';
import { filterEntries, type LibraryFilter } from '../../core/search/index.ts';
import { CASE_IDS, fixtureEntry, loadFixtureSummary } from '../fixtures/caseFixtures.ts';
import { syntheticSummary } from '../fixtures/syntheticLibrary.ts';

const meta: Meta<typeof LibrarySearch> = {
  title: 'Library/LibrarySearch',
  component: LibrarySearch,
};
export default meta;

/** The search over `entries`, holding its own filter as the app holds it in the address. */
function Live({ entries, start }: { entries: readonly LibraryEntry[]; start: LibraryFilter }) {
  const [filter, setFilter] = useState(start);
  return (
    <LibrarySearch
      entries={entries}
      filter={filter}
      onFilter={setFilter}
      matched={filterEntries(entries, filter).length}
    />
  );
}

const shipped = (start: LibraryFilter): StoryObj<typeof LibrarySearch> => ({
  loaders: [async () => ({ entries: (await loadFixtureSummary()).cases })],
  render: (_args, { loaded }) => <Live entries={loaded.entries as LibraryEntry[]} start={start} />,
});

/** The shipped library, nothing chosen: the filters are folded. */
export const Empty = shipped({ text: '', facets: {} });

/** CRS "not reported" chosen: the filters open, each count under the other choices. */
export const NotReportedCrs = shipped({ text: '', facets: { crs: ['not-reported'] } });

/** Words and a facet together: "allo" among CD7 products. */
export const WordsAndFacet = shipped({ text: 'allo', facets: { target: ['CD7'] } });

/** 1,000 made-up cases with grade 3 CRS chosen: long facets fold after eight values. */
export const ThousandCases: StoryObj<typeof LibrarySearch> = {
  loaders: [async () => ({ entry: await fixtureEntry(CASE_IDS.zhou) })],
  render: (_args, { loaded }) => (
    <Live
      entries={
        syntheticSummary(loaded.entry as Extract<LibraryEntry, { status: 'ok' }>, 1000).cases
      }
      start={{ text: '', facets: { crs: ['3'] } }}
    />
  ),
};
