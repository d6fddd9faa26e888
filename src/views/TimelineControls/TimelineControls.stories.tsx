import type { Meta } from '@storybook/react-vite';
import { expect } from 'storybook/test';
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

/** The lane list opened (Marina's six lanes and the collapsed plans): it floats over what follows. */
export const LanesOpen = {
  ...Marina,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    canvasElement.querySelector<HTMLElement>('.lanes-popover > summary')!.click();
    await expect(canvasElement.querySelector<HTMLDetailsElement>('.lanes-popover')!.open).toBe(
      true,
    );
    await expect(
      canvasElement.querySelectorAll('.lanes-popover__panel .lane-list__item'),
    ).toHaveLength(7);
  },
};
