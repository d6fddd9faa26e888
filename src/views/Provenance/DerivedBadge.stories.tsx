import type { Meta, StoryObj } from '@storybook/react-vite';
import { DerivedBadge } from './DerivedBadge.tsx';

const meta: Meta<typeof DerivedBadge> = {
  title: 'Provenance/DerivedBadge',
  component: DerivedBadge,
};
export default meta;
type Story = StoryObj<typeof DerivedBadge>;

/** A derived fact; opening the badge shows the curator's reasoning. */
export const Derived: Story = {
  args: { reason: 'Calculated from the transplant in April 2025 and "about three months later".' },
};

/** The wording a card uses for an outcome the source only suggests. */
export const Unconfirmed: Story = {
  args: {
    text: 'derived, unconfirmed',
    reason: 'The title speaks of a fatal risk; the abstract does not state that the patient died.',
  },
};
