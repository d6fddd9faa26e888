import type { Meta, StoryObj } from '@storybook/react-vite';
import { LoadStatus } from './LoadStatus.tsx';

const meta: Meta<typeof LoadStatus> = { title: 'Shell/LoadStatus', component: LoadStatus };
export default meta;
type Story = StoryObj<typeof LoadStatus>;

/** While the library files arrive. */
export const Loading: Story = { args: { status: 'loading' } };

/** When the library could not be read at all (a network failure, not a broken case). */
export const Failed: Story = {
  args: { status: 'failed', message: 'Could not read /data/index.json: HTTP 500' },
};
