import type { Meta } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { DEFAULT_COHORT_QUERY, type CohortQuery } from '../../core/cohort/index.ts';
import { BROKEN_PAN_1, loadFixtureLibrary } from '../fixtures/caseFixtures.ts';
import { summaryStory } from '../fixtures/stories.tsx';
import { CohortPage } from './CohortPage.tsx';

const meta: Meta<typeof CohortPage> = {
  title: 'Cohort/CohortPage',
  component: CohortPage,
  parameters: { layout: 'padded' },
};
export default meta;

/** The cohort drawn from the build's summary of the shipped library (files read only to export). */
const page = (over: Partial<CohortQuery> = {}, overrides?: Record<string, string | null>) =>
  summaryStory(
    (summary) => (
      <CohortPage
        entries={summary.cases}
        readCases={async () => (await loadFixtureLibrary(overrides)).cases}
        urlSync={false}
        initial={{ ...DEFAULT_COHORT_QUERY, ...over }}
      />
    ),
    overrides,
  );

/** The six shipped cases, longest timed follow-up first; Pan and Kong (no timed follow-up) last. */
export const Library = {
  ...page(),
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(canvasElement.querySelectorAll('.swimmer-row')).toHaveLength(6);
    await expect(canvasElement.querySelector('.swimmer-row')?.getAttribute('data-case-id')).toBe(
      '001-grandma-sun',
    );
  },
};
/** Highest CRS grade first: Pan case 1 (grade 3), Zhou (grade 1), Marina (grade not reported). */
export const ByCrsGrade = page({ sort: 'crs' });
/** A linear time axis: Grandma Sun's seven years dominate; Marina's 13 days shrink to a sliver. */
export const LinearAxis = page({ scale: 'linear' });
/** The same facts as a table, for screen readers and for reading exact words. */
export const AsTable = page({ table: true });
/** Zhou and Marina picked: the "Compare these two" link appears. */
export const TwoPicked = {
  ...page({ picked: ['003-zhou', '000-marina'] }),
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(canvasElement.querySelector('.compare-pick__go')?.getAttribute('href')).toBe(
      '#/compare?a=003-zhou&b=000-marina',
    );
  },
};
/** One case file is broken: it is listed as not drawn, with its problem; five rows remain. */
export const OneBrokenCase = page({}, BROKEN_PAN_1);
