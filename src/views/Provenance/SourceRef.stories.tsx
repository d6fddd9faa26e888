import type { Meta } from '@storybook/react-vite';
import { SourceRef } from './SourceRef.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof SourceRef> = { title: 'Provenance/SourceRef', component: SourceRef };
export default meta;

/** A stated fact with its quote: Zhou's CRS event. */
export const Stated = okCaseStory(CASE_IDS.zhou, ({ case: c }) => {
  const crs = c.events.find((e) => e.kind === 'toxicity') ?? c.events[0]!;
  return <SourceRef provenance={crs.provenance} sources={c.sources} />;
});

/** The first derived fact in the library (Pan case 1), with its badge. */
export const Derived = okCaseStory(CASE_IDS.pan1, ({ case: c }) => {
  const derived = c.events.find((e) => e.provenance.basis === 'derived') ?? c.events[0]!;
  return <SourceRef provenance={derived.provenance} sources={c.sources} />;
});
