import type { Meta } from '@storybook/react-vite';
import { ExportMenu } from './ExportMenu.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { caseStory, libraryStory } from '../fixtures/stories.tsx';
import { TimelinePanel } from '../CasePage/TimelinePanel.tsx';

const meta: Meta<typeof ExportMenu> = {
  title: 'Parts/ExportMenu',
  component: ExportMenu,
};
export default meta;

/** The toolbar above Zhou's timeline, as on the case page: SVG and PNG export this chart. */
export const CaseTimeline = caseStory(CASE_IDS.zhou, (load) => (
  <article className="case">
    <ExportMenu view="case" loads={[load]} />
    {load.status === 'ok' && <TimelinePanel c={load.case} rc={load.resolved} urlSync={false} />}
  </article>
));

/** The toolbar with a further button in its slot (where "Share / embed" goes). */
export const WithExtraButton = caseStory(CASE_IDS.kong, (load) => (
  <ExportMenu view="case" loads={[load]}>
    <button type="button">Share / embed</button>
  </ExportMenu>
));

/** The cohort's toolbar: its print note cites every case of the library, one line per source. */
export const CohortSources = libraryStory((library) => (
  <ExportMenu view="cohort" loads={library.cases} />
));
