import type { Meta, StoryObj } from '@storybook/react-vite';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { ShareButton } from './ShareButton.tsx';

const meta: Meta<typeof ShareButton> = {
  title: 'Share/ShareButton',
  component: ShareButton,
  // The dialog's preview loads the app itself: stories keep it closed and the address local.
  args: { base: './' },
};
export default meta;

/** On Zhou's case page, zoomed to the first weeks after the infusion. */
export const CasePage: StoryObj<typeof ShareButton> = {
  args: {
    view: 'case',
    caseId: CASE_IDS.zhou,
    title: 'Zhou — allogeneic retroviral CD7 CAR-T for T-ALL relapse after allo-HSCT',
    query: 'v=1&frame=rel%3Acart&from=-10&to=40',
  },
};

/** On the comparison of Zhou and Marina. */
export const Comparison: StoryObj<typeof ShareButton> = {
  args: {
    view: 'compare',
    title: 'Zhou and Marina',
    query: `v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`,
  },
};

/** On the cohort page, sorted by CRS grade. */
export const Cohort: StoryObj<typeof ShareButton> = {
  args: { view: 'cohort', title: 'all cases', query: 'sort=crs&dir=desc' },
};
