import type { Meta } from '@storybook/react-vite';
import { FactList } from './FactList.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof FactList> = { title: 'Facts/FactList', component: FactList };
export default meta;

/** Marina's immunophenotype and comorbidities, as curated. */
export const Marina = okCaseStory(CASE_IDS.marina, ({ case: c }) => (
  <dl className="facts">
    <FactList term="Immunophenotype" facts={c.patient.immunophenotype} sources={c.sources} />
    <FactList term="Comorbidities" facts={c.patient.comorbidities} sources={c.sources} />
  </dl>
));
