import type { Meta } from '@storybook/react-vite';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';
import { DetailPanel } from './DetailPanel.tsx';

const meta: Meta<typeof DetailPanel> = { title: 'Timeline/DetailPanel', component: DetailPanel };
export default meta;

const detail = (id: string, key: string | null) =>
  okCaseStory(id, ({ case: c, resolved }) => (
    <DetailPanel c={c} rc={resolved} markKey={key} onClose={() => {}} />
  ));

/** A grade printed without its scale: what grade 1 would mean on ASTCT, said conditionally. */
export const ZhouCrs = detail(CASE_IDS.zhou, 'crs');
/** The one kinetics point, reported as the peak, with the print it was read from. */
export const ZhouKineticsPoint = detail(CASE_IDS.zhou, 'car-copies[0]');
/** A censored result: undetectable, day 13 after the infusion. */
export const MarinaUndetectable = detail(CASE_IDS.marina, 'mrd-bm[1]');
/** A plan: an intention, never an event. */
export const MarinaPlan = detail(CASE_IDS.marina, 'plan-transplant');
/** A derived fact: the curator's reasoning instead of "stated". */
export const PanDerivedDeath = detail(CASE_IDS.pan1, 'death-unconfirmed');
/** Nothing selected yet. */
export const Empty = detail(CASE_IDS.zhou, null);
