import { useEffect, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { parseEmbedQuery } from '../../app/embed/index.ts';
import { applyTheme } from '../../app/theme/index.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { libraryStory } from '../fixtures/stories.tsx';
import { Embed } from './Embed.tsx';

const meta: Meta<typeof Embed> = {
  title: 'Embed/Embed',
  component: Embed,
  parameters: { layout: 'fullscreen' },
};
export default meta;

/** Sets the link's theme on <html>, as the app does on the embed route, and restores light after. */
function Themed({ query, children }: { query: string; children: ReactNode }) {
  useEffect(() => {
    applyTheme(document.documentElement, parseEmbedQuery(query).options.theme);
    return () => applyTheme(document.documentElement, 'light');
  }, [query]);
  return children;
}

const embed = (query: string): StoryObj =>
  libraryStory((library) => (
    <Themed query={query}>
      <Embed query={query} cases={library.cases} />
    </Themed>
  ));

/** Zhou's timeline as an interactive embed: caption, chart and legend fill the frame. */
export const ZhouTimeline = embed(`v=1&view=case&case=${CASE_IDS.zhou}`);

/** Marina as a slide: dark, 16:9, large type and thick marks, a still picture. */
export const MarinaSlideDark = embed(
  `v=1&view=case&case=${CASE_IDS.marina}&theme=dark&preset=slide&static=1`,
);

/** The comparison as a slide: each pane headed by one line, one legend, text for the room. */
export const ComparisonSlide = embed(
  `v=1&view=compare&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}&preset=slide&static=1`,
);

/** The cohort as a slide: names, axis and markers all at the slide's text size. */
export const CohortSlide = embed('v=1&view=cohort&preset=slide&static=1');

/** Grandma Sun in calendar time, high contrast, without legend. */
export const SunContrastNoLegend = embed(
  `v=1&view=case&case=${CASE_IDS.sun}&frame=cal&theme=contrast&legend=0`,
);

/** Zhou and Marina compared from their CAR-T infusions. */
export const Comparison = embed(`v=1&view=compare&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`);

/** The cohort swimmer plot, sorted by CRS grade. */
export const Cohort = embed('v=1&view=cohort&sort=crs');

/** A link naming a case the library does not have. */
export const UnknownCase = embed('v=1&view=case&case=no-such-case');
