import type { Meta } from '@storybook/react-vite';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { Lane } from './Lane.tsx';
import { modelStory, onlyLane } from './storyKit.tsx';
import { Timeline } from './Timeline.tsx';

// Each lane inside the real chart, the others collapsed to their stubs.
const meta: Meta<typeof Lane> = { title: 'Timeline/Lanes', component: Lane };
export default meta;

const lane = (id: string, keep: Parameters<typeof onlyLane>[0], calendar = false) =>
  modelStory(
    id,
    (m) => <Timeline model={m} width={1100} />,
    () => ({
      ...onlyLane(keep)(),
      ...(calendar ? { frame: { mode: 'calendar', anchor: null } as const } : {}),
    }),
  );

/** Diagnosis, MRD relapse (≈, dotted whisker) and progression known only by bounds. */
export const DiseaseCourse = lane(CASE_IDS.marina, 'disease', true);
/** Immunotherapy and immuno-targeted therapy as dashed windows. */
export const Therapies = lane(CASE_IDS.marina, 'therapy', true);
/** Two CAR-T infusions and a haploidentical transplant, order only. */
export const CellularTherapy = lane(CASE_IDS.kong, 'cellular');
/** CRS grade 3 and four toxicities reported without grade (hatched "NR"). */
export const Toxicities = lane(CASE_IDS.pan1, 'toxicity');
/** PET/CT before, one month and three months after the second infusion. */
export const ResponseAssessments = lane(CASE_IDS.kong, 'response');
/** MRD 0.014 % and then undetectable (censored, hollow triangle). */
export const Measurements = lane(CASE_IDS.marina, 'measurements');
/** One kinetics point on a log axis, labelled as the reported peak. */
export const Kinetics = lane(CASE_IDS.zhou, 'kinetics');
/** Still in remission in November 2023, month-precise. */
export const Outcome = lane(CASE_IDS.sun, 'outcome', true);
/** Two plans, drawn dashed and worded as intentions. */
export const Plans = lane(CASE_IDS.marina, 'plans');
