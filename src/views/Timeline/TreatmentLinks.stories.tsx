import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import treatedCrs from '../../../tests/fixtures/valid/treated-crs.json?raw';
import type { ViewState } from '../../app/viewStore/index.ts';
import { ViewStoreProvider } from '../../app/viewStore/index.ts';
import { checkCaseText } from '../../core/validate/validateCase.ts';
import { initialView } from './initialView.ts';
import { useTimelineModel } from './model/useTimelineModel.ts';
import { Timeline } from './Timeline.tsx';

// A fictional test fixture, not patient data: a child with relapsed B-ALL, tisagenlecleucel on
// 12 March 2024, grade 2 CRS from day 1 to day 6 treated with tocilizumab on day 3 and then
// methylprednisolone (known only to follow the tocilizumab).
const FILE = 'tests/fixtures/valid/treated-crs.json';
const load = checkCaseText(treatedCrs, FILE);
if (!load.case || !load.resolved) throw new Error(`${FILE} did not load`);
const c = load.case;
const rc = load.resolved;

function Chart({ width }: { width: number }) {
  return <Timeline model={useTimelineModel(c, rc)} width={width} />;
}

const meta: Meta<typeof Timeline> = {
  title: 'Timeline/Treatment links',
  component: Timeline,
  parameters: { layout: 'padded' },
};
export default meta;

const story = (view: Partial<ViewState>, width = 960): StoryObj<typeof Timeline> => ({
  render: () => (
    <ViewStoreProvider initial={initialView(c, rc, view)}>
      <Chart width={width} />
    </ViewStoreProvider>
  ),
});

const DAYS = { window: { unit: 'day', from: -10, to: 40 } } as const;

/** Days −10 to 40: arrows from tocilizumab (day 3) and methylprednisolone to the CRS episode. */
export const CrsTreatedWithTocilizumab: StoryObj<typeof Timeline> = {
  ...story(DAYS),
  play: async ({ canvasElement }) => {
    const links = [...canvasElement.querySelectorAll('.treatment-link')].map(
      (g) => `${g.getAttribute('data-from')}>${g.getAttribute('data-to')}`,
    );
    await expect(links).toEqual(['toci>crs', 'mp>crs']);
    await expect(
      canvasElement.querySelector('[data-mark="crs"]')?.getAttribute('aria-label'),
    ).toMatch(/treated with Tocilizumab, Methylprednisolone$/);
    await expect(
      canvasElement.querySelector('[data-mark="toci"]')?.getAttribute('aria-label'),
    ).toMatch(/given for CRS$/);
  },
};

/** The CRS open in the details: its links stand out. */
export const CrsSelected = story({ ...DAYS, selected: 'crs' });

/** The whole case, diagnosis to follow-up: the links shrink to short arrows near day 0. */
export const WholeCase = story({});
