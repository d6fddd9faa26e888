import type { Meta, StoryObj } from '@storybook/react-vite';
import { Chosen } from './Chosen.tsx';

const meta: Meta = { title: 'Editor/Chosen' };
export default meta;

/** Zhou's CRS follows the infusion: one event chosen. */
export const OneChosen: StoryObj = { render: () => <Chosen id="chosen-1" ids={['cart']} /> };

/** Nothing chosen yet. */
export const NoneChosen: StoryObj = { render: () => <Chosen id="chosen-2" ids={[]} /> };
