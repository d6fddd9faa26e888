import type { Meta } from '@storybook/react-vite';
import { PatientFacts } from './PatientFacts.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof PatientFacts> = { title: 'Case/PatientFacts', component: PatientFacts };
export default meta;

const facts = (id: string) =>
  okCaseStory(id, ({ case: c }) => <PatientFacts patient={c.patient} sources={c.sources} />);

/** Label, sex, age, immunophenotype and comorbidities all given. */
export const Marina = facts(CASE_IDS.marina);
/** Age given as "at the time of writing". */
export const GrandmaSun = facts(CASE_IDS.sun);
/** Age and sex not reported. */
export const PanCase1 = facts(CASE_IDS.pan1);
