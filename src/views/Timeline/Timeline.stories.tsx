import type { Meta } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { modelStory } from './storyKit.tsx';
import { Timeline } from './Timeline.tsx';

const meta: Meta<typeof Timeline> = {
  title: 'Timeline/Timeline',
  component: Timeline,
  parameters: { layout: 'padded' },
};
export default meta;

const chart = (id: string, width?: number) =>
  modelStory(id, (m) => <Timeline model={m} {...(width ? { width } : {})} />);

/** Month-precise transplant, "about three months later", MRD 0.014 % then undetectable on day 13, plans. */
export const Marina = chart(CASE_IDS.marina);
/** Year-precise dates from 2013 to 2023, drawn relative to the 2016 infusion. */
export const GrandmaSun = chart(CASE_IDS.sun);
/** Grandma Sun in calendar time: two long gaps become labelled axis breaks. */
export const GrandmaSunCalendar = modelStory(
  CASE_IDS.sun,
  (m) => <Timeline model={m} />,
  () => ({ frame: { mode: 'calendar', anchor: null } }),
);
/** Order only: every event in a hatched band, CRS grade 3 and four toxicities without grade. */
export const PanCase1 = chart(CASE_IDS.pan1);
/** Order only, favourable course. */
export const PanCase2 = chart(CASE_IDS.pan2);
/** CRS grade 1, no ICANS, a single kinetics point (peak on day 6) and no invented curve. */
export const Zhou = {
  ...chart(CASE_IDS.zhou),
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(canvasElement.querySelector('[data-mark="crs"] .glyph__text')?.textContent).toBe(
      '1',
    );
    await expect(canvasElement.querySelector('[data-curve]')).toBeNull();
    await expect(canvasElement.querySelector('.kinetics .mark__label')?.textContent).toMatch(
      /350,758 copies\/μg, day 6/,
    );
  },
};
/** Two infusions, PET/CT one and three months later, series shown only in figures. */
export const Kong = chart(CASE_IDS.kong);
/** Zhou zoomed to days −10 to 40 around the infusion. */
export const ZhouZoomed = modelStory(
  CASE_IDS.zhou,
  (m) => <Timeline model={m} />,
  () => ({ window: { unit: 'day', from: -10, to: 40 } }),
);
/** Marina at 380 px: a screen chart that narrow is laid out for a phone (see Scene targets). */
export const MarinaNarrow = chart(CASE_IDS.marina, 380);
