import type { Meta, StoryObj } from '@storybook/react-vite';
import { Header } from './Header.tsx';

const meta: Meta<typeof Header> = { title: 'Shell/Header', component: Header };
export default meta;

/** The header as every screen shows it. */
export const Default: StoryObj<typeof Header> = {};

/** On the cohort page: its link is marked as the current page. */
export const OnCohort: StoryObj<typeof Header> = { args: { route: 'cohort' } };

/** With the theme picker, as the app shows it. */
export const WithThemePicker: StoryObj<typeof Header> = {
  args: { route: 'landing', theme: 'dark', onTheme: () => {} },
};
