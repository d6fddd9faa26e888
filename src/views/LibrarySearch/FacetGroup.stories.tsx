import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { FacetGroup } from './FacetGroup.tsx';

const meta: Meta<typeof FacetGroup> = {
  title: 'Library/FacetGroup',
  component: FacetGroup,
  args: { onToggle: fn() },
};
export default meta;

/** Maximum CRS grade in the shipped library: highest grade first, silence last and named. */
export const CrsGrades: StoryObj<typeof FacetGroup> = {
  args: {
    facet: 'crs',
    counts: [
      { value: '3', count: 1 },
      { value: '1', count: 1 },
      { value: 'ungraded', count: 1 },
      { value: 'not-reported', count: 3 },
    ],
    chosen: ['not-reported'],
  },
};

/** A value no case would add under the other choices stays listed, dimmed, with 0. */
export const WithEmptyValue: StoryObj<typeof FacetGroup> = {
  args: {
    facet: 'origin',
    counts: [
      { value: 'autologous', count: 2 },
      { value: 'allogeneic', count: 0 },
      { value: 'donor-derived', count: 1 },
      { value: 'not-reported', count: 2 },
    ],
    chosen: [],
  },
};

/** Ten diseases: eight shown, the rest behind "Show all 10" (a chosen one stays in view). */
export const Folded: StoryObj<typeof FacetGroup> = {
  args: {
    facet: 'disease',
    counts: ['AML', 'B-ALL', 'BL', 'CLL', 'DLBCL', 'FL', 'MCL', 'MM', 'PMBCL', 'T-ALL'].map(
      (value, i) => ({ value, count: 100 - i * 7 }),
    ),
    chosen: ['T-ALL'],
  },
};
