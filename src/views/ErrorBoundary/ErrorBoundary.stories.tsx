import type { Meta, StoryObj } from '@storybook/react-vite';
import { EventList } from '../EventList/EventList.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { RenderError } from './RenderError.tsx';

const meta: Meta<typeof ErrorBoundary> = {
  title: 'Safety/ErrorBoundary',
  component: ErrorBoundary,
};
export default meta;

/** Nothing fails: Zhou's event list renders through the boundary untouched. */
export const NothingFails = okCaseStory(CASE_IDS.zhou, ({ case: c, resolved }) => (
  <ErrorBoundary what="the event list">
    <EventList c={c} rc={resolved} />
  </ErrorBoundary>
));

/** What a failed panel shows in its place (tests/views/ErrorBoundary.test.tsx makes one fail). */
export const FailedPanel: StoryObj = {
  render: () => (
    <div>
      <RenderError what="the legend" message="an example failure" />
      <p>The rest of the page keeps working.</p>
    </div>
  ),
};

/** What a failed lane shows inside the chart: SVG text in the lane's place. */
export const FailedLane: StoryObj = {
  render: () => (
    <svg width={640} height={60} role="img" aria-label="Chart with one failed lane">
      <RenderError what="the lane “Toxicities”" message="an example failure" as="svg" y={10} />
    </svg>
  ),
};
