import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ThemeChoice } from '../../app/theme/index.ts';
import { ThemePicker } from './ThemePicker.tsx';

const meta: Meta<typeof ThemePicker> = { title: 'Shell/ThemePicker', component: ThemePicker };
export default meta;

function Live({ initial }: { initial: ThemeChoice }) {
  const [value, setValue] = useState(initial);
  return <ThemePicker value={value} onChange={setValue} />;
}

/** Following the system setting, as a first visit does. */
export const System: StoryObj<typeof ThemePicker> = { render: () => <Live initial="auto" /> };

/** High contrast chosen. */
export const HighContrast: StoryObj<typeof ThemePicker> = {
  render: () => <Live initial="contrast" />,
};
