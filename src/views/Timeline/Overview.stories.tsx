import type { Meta } from '@storybook/react-vite';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { Overview } from './Overview.tsx';
import { GlyphDefs } from './GlyphDefs.tsx';
import { modelStory } from './storyKit.tsx';

const meta: Meta<typeof Overview> = { title: 'Timeline/Overview', component: Overview };
export default meta;

/** Grandma Sun's whole span in calendar time, brushed to a window around the 2016 infusion. */
export const BrushedWindow = modelStory(
  CASE_IDS.sun,
  (m) => (
    <div className="tl-theme">
      <svg width={0} height={0} aria-hidden="true">
        <GlyphDefs prefix="ov" tones={[]} />
      </svg>
      <Overview
        axis={m.layout.axis}
        lanes={m.layout.lanes}
        window={m.window}
        gutter={120}
        plotW={800}
        defs="ov"
        onWindow={m.setWindowU}
      />
    </div>
  ),
  () => ({
    frame: { mode: 'calendar', anchor: null },
    window: { unit: 'day', from: 16800, to: 17400 },
  }),
);
