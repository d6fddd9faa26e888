import type { Meta, StoryObj } from '@storybook/react-vite';
import { UrlNotice } from './UrlNotice.tsx';

const meta: Meta<typeof UrlNotice> = { title: 'Safety/UrlNotice', component: UrlNotice };
export default meta;

/** A shared link whose window and selection were edited by hand. */
export const TamperedLink: StoryObj<typeof UrlNotice> = {
  args: { ignored: ['from', 'to', 'sel'], onDismiss: () => {} },
};
