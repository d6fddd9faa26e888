import type { Meta } from '@storybook/react-vite';
import { EventList } from './EventList.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof EventList> = { title: 'Case/EventList', component: EventList };
export default meta;

const events = (id: string) =>
  okCaseStory(id, ({ case: c, resolved }) => <EventList c={c} rc={resolved} />);

/** Month-precise transplant, "about three months later", day 13 after infusion, and a plan. */
export const Marina = events(CASE_IDS.marina);
/** CRS grade 1, ICANS not observed, remission ongoing. */
export const Zhou = events(CASE_IDS.zhou);
/** Order-only events throughout, and a derived outcome. */
export const PanCase1 = events(CASE_IDS.pan1);
/** Year precision from 2013 to a follow-up in November 2023. */
export const GrandmaSun = events(CASE_IDS.sun);
/** Extramedullary relapse sites and two infusions. */
export const Kong = events(CASE_IDS.kong);
