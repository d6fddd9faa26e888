import type { Meta } from '@storybook/react-vite';
import { MeasurementTables } from './MeasurementTables.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof MeasurementTables> = {
  title: 'Case/MeasurementTables',
  component: MeasurementTables,
};
export default meta;

const tables = (id: string, width?: number) =>
  okCaseStory(id, ({ case: c, resolved }) => (
    <div style={width === undefined ? undefined : { width }}>
      <MeasurementTables c={c} rc={resolved} />
    </div>
  ));

/** MRD 0.014 % then undetectable. */
export const Marina = tables(CASE_IDS.marina);
/** Chimerism and a CAR copy number printed with a damaged thousands separator. */
export const Zhou = tables(CASE_IDS.zhou);
/** Measurements shown in figures without readable values. */
export const Kong = tables(CASE_IDS.kong);
/** Marina in a phone's 366 px: the MRD table scrolls sideways in a region named by its heading, reached with Tab. */
export const MarinaOnAPhone = tables(CASE_IDS.marina, 366);
