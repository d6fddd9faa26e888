import type { Meta } from '@storybook/react-vite';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { modelStory } from '../Timeline/storyKit.tsx';
import { TimelineControls } from './TimelineControls.tsx';

const meta: Meta<typeof TimelineControls> = {
  title: 'Timeline/TimelineControls',
  component: TimelineControls,
};
export default meta;

/** Marina: days from the infusion or the transplant, or calendar dates; one lane collapsed. */
export const Marina = modelStory(
  CASE_IDS.marina,
  (m) => (
    <TimelineControls
      choices={m.choices}
      frame={m.frame}
      onFrame={() => {}}
      lanes={[
        ...m.layout.lanes.map((l) => ({ id: l.id, title: l.title, hidden: false })),
        { id: 'plans', title: 'Plans', hidden: true },
      ]}
      onToggleLane={() => {}}
      onMoveLane={() => {}}
      table={false}
      onTable={() => {}}
      onReset={() => {}}
    />
  ),
  () => ({ hidden: ['plans'] }),
);
