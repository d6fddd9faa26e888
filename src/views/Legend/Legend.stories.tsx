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

/** Marina on a slide 930 px wide at 12 px: one row, toxicities first, the rest counted. */
export const MarinaSlideRow = modelStory(
  CASE_IDS.marina,
  (m) => (
    <div className="preset-slide" style={{ width: 930, ['--slide-font' as string]: '12px' }}>
      <Legend
        glyphs={m.visible.map((k) => k.glyph)}
        conventions={conventionsIn(m.visible, m.layout.axis.segments)}
        compact={{ width: 930, font: 12, lines: 1 }}
      />
    </div>
  ),
  () => ({ frame: { mode: 'calendar', anchor: null } }),
);
