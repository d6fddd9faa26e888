import type { Meta } from '@storybook/react-vite';
import type { Case, EventKind } from '../../core/format/index.ts';
import { EventDetails } from './EventDetails.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof EventDetails> = { title: 'Case/EventDetails', component: EventDetails };
export default meta;

/** Every event of a kind in a case, each with its details. */
function allOfKind(c: Case, kind: EventKind) {
  return (
    <ul>
      {c.events
        .filter((e) => e.kind === kind)
        .map((e) => (
          <li key={e.id}>
            <strong>{e.label}</strong>
            <EventDetails event={e} c={c} />
          </li>
        ))}
    </ul>
  );
}

/** A graded toxicity as printed, and one not observed (Zhou). */
export const GradedToxicity = okCaseStory(CASE_IDS.zhou, ({ case: c }) => allOfKind(c, 'toxicity'));
/** Toxicities with severity words and no grade (Marina). */
export const UngradedToxicity = okCaseStory(CASE_IDS.marina, ({ case: c }) =>
  allOfKind(c, 'toxicity'),
);
/** Relapse sites and named locations (Kong). */
export const Relapse = okCaseStory(CASE_IDS.kong, ({ case: c }) => allOfKind(c, 'relapse'));
/** A plan: what is intended (Marina). */
export const Plan = okCaseStory(CASE_IDS.marina, ({ case: c }) => allOfKind(c, 'plan'));
