import { describe, expect, it } from 'vitest';
import { CASE_IDS } from '../../../src/views/fixtures/caseFixtures.ts';
import { normaliseSvg, timelineMarkup } from './renderTimeline.tsx';

// Whole-chart snapshots at a fixed 1200 px: a diff in __snapshots__/<case>.svg shows the picture
// change. Review the diff, then `npx vitest run -u` to accept it.
describe('Timeline SVG snapshots (1200 px, default view)', () => {
  it.each(Object.values(CASE_IDS))('%s', async (id) => {
    const svg = normaliseSvg(await timelineMarkup(id));
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${id}.svg`);
  });

  it('Grandma Sun in calendar time, with its labelled axis breaks', async () => {
    const svg = normaliseSvg(
      await timelineMarkup(CASE_IDS.sun, { frame: { mode: 'calendar', anchor: null } }),
    );
    // Gaps between year-precise dates are ranges ("≈ 2–4 years"), worded alike in every frame.
    expect(svg).toMatch(/class="break-mark__label"[^>]*>≈ \d+–\d+ years</);
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${CASE_IDS.sun}-calendar.svg`);
  });
});
