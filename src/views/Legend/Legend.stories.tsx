import type { Meta } from '@storybook/react-vite';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { modelStory } from '../Timeline/storyKit.tsx';
import { conventionsIn } from './conventions.ts';
import { Legend } from './Legend.tsx';

const meta: Meta<typeof Legend> = { title: 'Timeline/Legend', component: Legend };
export default meta;

const legend = (id: string, calendar = false) =>
  modelStory(
    id,
    (m) => (
      <Legend
        glyphs={m.visible.map((k) => k.glyph)}
        conventions={conventionsIn(m.visible, m.layout.axis.segments)}
      />
    ),
    () => (calendar ? { frame: { mode: 'calendar', anchor: null } } : {}),
  );

/** Pan case 1: CRS grade 3 and every "not reported" toxicity glyph, and the order-only band. */
export const PanCase1 = legend(CASE_IDS.pan1);
/** Marina in calendar time: whiskers, approximate times, bounds-only brackets and plans. */
export const MarinaCalendar = legend(CASE_IDS.marina, true);
/** Grandma Sun in calendar time: axis breaks. */
export const GrandmaSunCalendar = legend(CASE_IDS.sun, true);
