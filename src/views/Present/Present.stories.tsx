import { useState, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { presentLink } from '../../app/embed/index.ts';
import { parseHash } from '../../app/router/index.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { libraryStory } from '../fixtures/stories.tsx';
import { Present } from './Present.tsx';
import { PresentButton } from './PresentButton.tsx';

const meta: Meta<typeof Present> = {
  title: 'Present/Present',
  component: Present,
  parameters: { layout: 'fullscreen' },
};
export default meta;

/** The embed query of a presentation link. */
const queryOf = (href: string) => {
  const route = parseHash(href);
  return route.name === 'present' ? route.query : '';
};

/**
 * A presentation whose keys and buttons move within the story (the app changes its address
 * instead): → and ← step through the fixture library, Escape shows where it would return.
 */
function Stepping({
  start,
  children,
}: {
  start: string;
  children: (q: string, go: (href: string) => void) => ReactNode;
}) {
  const [href, setHref] = useState(start);
  const [left, setLeft] = useState<string | null>(null);
  const go = (to: string) => {
    if (to.startsWith('#/present')) {
      setHref(to);
      setLeft(null);
    } else setLeft(to);
  };
  return (
    <>
      {children(queryOf(href), go)}
      {left && (
        <p role="status" className="present-story__left">
          Escape would return to {left}
        </p>
      )}
    </>
  );
}

const present = (href: string): StoryObj =>
  libraryStory((library) => (
    <Stepping start={href}>
      {(q, go) => <Present key={q} query={q} cases={library.cases} go={go} />}
    </Stepping>
  ));

/** Zhou's timeline as a slide filling the screen; → and ← step to the library's other cases. */
export const CaseZhou = present(presentLink({ view: 'case', caseId: CASE_IDS.zhou, query: '' }));

/** Marina from her infusion, the window the page had (days −200 to 60) kept on the slide. */
export const CaseMarinaWindow = present(
  presentLink({
    view: 'case',
    caseId: CASE_IDS.marina,
    query: 'v=1&frame=rel:cart&from=-200&to=60',
  }),
);

/** Zhou and Marina compared from their CAR-T infusions, as a slide. */
export const Comparison = present(
  presentLink({ view: 'compare', query: `v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}` }),
);

/** The cohort swimmer plot as a slide: every text at the room's size, notes left to the page. */
export const Cohort = present(presentLink({ view: 'cohort', query: 'v=1&sort=crs' }));

/** The button a page shows: it opens the page's current view as a presentation. */
export const Button: StoryObj = {
  render: () => <PresentButton view="cohort" go={() => {}} />,
};
