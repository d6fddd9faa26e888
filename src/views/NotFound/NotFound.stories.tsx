import type { Meta, StoryObj } from '@storybook/react-vite';
import { NotFound } from './NotFound.tsx';

const meta: Meta<typeof NotFound> = { title: 'Screens/NotFound', component: NotFound };
export default meta;
type Story = StoryObj<typeof NotFound>;

/** An address naming a case id the library does not have. */
export const UnknownCase: Story = { args: { caseId: '999-nobody' } };

/** An address that is no route at all. */
export const UnknownPage: Story = {};
