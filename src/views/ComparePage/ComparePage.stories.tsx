import type { Meta } from '@storybook/react-vite';
import { ComparePage } from './ComparePage.tsx';
import { BROKEN_PAN_1, CASE_IDS } from '../fixtures/caseFixtures.ts';
import { libraryStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof ComparePage> = {
  title: 'Screens/ComparePage',
  component: ComparePage,
  parameters: { layout: 'fullscreen' },
  decorators: [(Story) => <main className="site-main">{Story()}</main>],
};
export default meta;

const page = (query: string, overrides?: Record<string, string | null>) =>
  libraryStory(
    (library) => <ComparePage cases={library.cases} urlSync={false} initialQuery={query} />,
    overrides,
  );

/** Nothing chosen yet: the picker and a prompt. */
export const Empty = page('');

/** Zhou above Marina, both from their CAR-T infusion: remission at 0–1 month against MRD negative on day 13. */
export const ZhouAndMarina = page(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}`);

/** The same pair side by side, zoomed to the first two months. */
export const SideBySide = page(
  `v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.marina}&layout=side&from=-10&to=60`,
);

/** Aligned on the first transplant: Grandma Sun had none, and her pane says what it uses instead. */
export const AnchorFallback = page(`v=1&a=${CASE_IDS.zhou}&b=${CASE_IDS.sun}&anchor=transplant`);

/** Two cases known mostly by order: Pan case 2 and Kong's two infusions. */
export const OrderOnly = page(`v=1&a=${CASE_IDS.pan2}&b=${CASE_IDS.kong}`);

/** A broken library file is listed but cannot be chosen. */
export const WithBrokenCase = page(`v=1&a=${CASE_IDS.zhou}`, BROKEN_PAN_1);
