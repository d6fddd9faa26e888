import type { Meta } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { CasePage } from './CasePage.tsx';
import { BROKEN_PAN_1, CASE_IDS, KONG_WITHOUT_DOI } from '../fixtures/caseFixtures.ts';
import { caseStory, libraryStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof CasePage> = {
  title: 'Screens/CasePage',
  component: CasePage,
  parameters: { layout: 'fullscreen' },
  decorators: [(Story) => <main className="site-main">{Story()}</main>],
};
export default meta;

const page = (id: string) => caseStory(id, (load) => <CasePage load={load} urlSync={false} />);

export const Marina = page(CASE_IDS.marina);
export const GrandmaSun = page(CASE_IDS.sun);
export const PanCase1 = page(CASE_IDS.pan1);
export const PanCase2 = page(CASE_IDS.pan2);
export const Zhou = page(CASE_IDS.zhou);
/** Zhou with CRS opened: the details float in a sheet; the chart stays where it was. */
export const ZhouDetailsOpen = {
  ...page(CASE_IDS.zhou),
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const chart = () => canvasElement.querySelector('.timeline__svg')!.getBoundingClientRect().top;
    const top = chart();
    canvasElement
      .querySelector<SVGGElement>('[data-mark="crs"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitFor(() => expect(canvasElement.querySelector('.detail-sheet')).not.toBeNull());
    await expect(chart()).toBe(top);
  },
};
export const Kong = page(CASE_IDS.kong);

/** The page of a case whose file is broken: its title from index.json and the problems. */
export const Broken = libraryStory(
  (library) => (
    <CasePage load={library.cases.find((c) => c.entry.id === CASE_IDS.pan1)!} urlSync={false} />
  ),
  BROKEN_PAN_1,
);

/**
 * A library case that loads with a validator warning (its source has no DOI and no notes): the finding follows
 * the timeline, so the chart keeps the place the build's picture of the page showed it in.
 */
export const KongWithWarning = {
  ...libraryStory(
    (library) => (
      <CasePage load={library.cases.find((c) => c.entry.id === CASE_IDS.kong)!} urlSync={false} />
    ),
    KONG_WITHOUT_DOI,
  ),
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const findings = canvasElement.querySelector('.case__section--warnings')!;
    await expect(findings.textContent).toMatch(/sources\[0\]/);
    const timeline = canvasElement.querySelector('.case__section--timeline')!;
    // Document order: the timeline section comes first.
    await expect(
      timeline.compareDocumentPosition(findings) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  },
};
