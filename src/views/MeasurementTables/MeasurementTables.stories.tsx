import type { Meta } from '@storybook/react-vite';
import { MeasurementTables } from './MeasurementTables.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof MeasurementTables> = {
  title: 'Case/MeasurementTables',
  component: MeasurementTables,
};
export default meta;

const tables = (id: string) =>
  okCaseStory(id, ({ case: c, resolved }) => <MeasurementTables c={c} rc={resolved} />);

/** MRD 0.014 % then undetectable. */
export const Marina = tables(CASE_IDS.marina);
/** Chimerism and a CAR copy number printed with a damaged thousands separator. */
export const Zhou = tables(CASE_IDS.zhou);
/** Measurements shown in figures without readable values. */
export const Kong = tables(CASE_IDS.kong);
