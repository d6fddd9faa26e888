import type { Meta } from '@storybook/react-vite';
import { CaseCard } from './CaseCard.tsx';
import { BROKEN_PAN_1, CASE_IDS } from '../fixtures/caseFixtures.ts';
import { entryStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof CaseCard> = {
  title: 'Library/CaseCard',
  component: CaseCard,
  decorators: [(Story) => <div className="card-grid">{Story()}</div>],
};
export default meta;

const card = (id: string) => entryStory(id, (entry) => <CaseCard entry={entry} />);

/** Stated age and sex, named CAR target, stated outcome. */
export const Zhou = card(CASE_IDS.zhou);
/** A comorbid patient whose CRS grade the source does not give. */
export const Marina = card(CASE_IDS.marina);
/** Target not stated by the source. */
export const GrandmaSun = card(CASE_IDS.sun);
/** Age and sex not reported; an outcome only the title suggests. */
export const PanCase1 = card(CASE_IDS.pan1);
/** Favourable course, order-only times. */
export const PanCase2 = card(CASE_IDS.pan2);
/** Two CAR products, one donor-derived. */
export const Kong = card(CASE_IDS.kong);

/** A case file with invalid JSON at build time keeps its card, titled from index.json, with the problems. */
export const Broken = entryStory(
  CASE_IDS.pan1,
  (entry) => <CaseCard entry={entry} />,
  BROKEN_PAN_1,
);
