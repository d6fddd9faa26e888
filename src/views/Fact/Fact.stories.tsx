import type { Meta } from '@storybook/react-vite';
import { Fact } from './Fact.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof Fact> = { title: 'Facts/Fact', component: Fact };
export default meta;

/** A reported fact with its source: Zhou's sex. */
export const Reported = okCaseStory(CASE_IDS.zhou, ({ case: c }) => (
  <dl className="facts">
    <Fact
      term="Sex"
      value={c.patient.sex?.value}
      provenance={c.patient.sex?.provenance}
      sources={c.sources}
    />
  </dl>
));

/** A fact the source leaves out says so: Pan case 1's age. */
export const NotReported = okCaseStory(CASE_IDS.pan1, ({ case: c }) => (
  <dl className="facts">
    <Fact
      term="Age"
      value={c.patient.age?.years}
      provenance={c.patient.age?.provenance}
      sources={c.sources}
    />
  </dl>
));
