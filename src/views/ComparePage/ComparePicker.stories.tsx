import type { Meta, StoryObj } from '@storybook/react-vite';
import type { LibraryEntry } from '../../core/library/librarySummary.ts';
import { syntheticSummary } from '../fixtures/syntheticLibrary.ts';
import { fn } from 'storybook/test';
import { ComparePicker, type ComparePickerProps } from './ComparePicker.tsx';
import { BROKEN_PAN_1, CASE_IDS, fixtureEntry } from '../fixtures/caseFixtures.ts';
import { summaryStory } from '../fixtures/stories.tsx';
import { EMPTY_FILTER } from '../../core/search/index.ts';

const meta: Meta<typeof ComparePicker> = {
  title: 'Compare/ComparePicker',
  component: ComparePicker,
};
export default meta;

const handlers = {
  onCase: fn(),
  onSwap: fn(),
  onAnchor: fn(),
  onLayout: fn(),
  onLock: fn(),
  onReset: fn(),
  onFilter: fn(),
};
const picker = (props: Partial<ComparePickerProps>, overrides?: Record<string, string | null>) =>
  summaryStory(
    (summary) => (
      <ComparePicker
        entries={summary.cases}
        filter={EMPTY_FILTER}
        a={null}
        b={null}
        anchor="cart"
        layout="stacked"
        lock
        {...handlers}
        {...props}
      />
    ),
    overrides,
  );

/** Nothing chosen: defaults are the first CAR-T infusion, stacked, linked. */
export const Empty = picker({});

/** Zhou and Marina aligned on the relapse before CAR-T, side by side, zoom released. */
export const Chosen = picker({
  a: CASE_IDS.zhou,
  b: CASE_IDS.marina,
  anchor: 'relapse',
  layout: 'side',
  lock: false,
});

/** A case whose file is broken is listed, disabled. */
export const BrokenCaseListed = picker({ a: CASE_IDS.zhou }, BROKEN_PAN_1);

/** Come from a landing page searched for "CD19": the lists offer Kong, and still the case already chosen. */
export const Narrowed = picker({ a: CASE_IDS.zhou, filter: { text: 'CD19', facets: {} } });

/** A library of 1,000 made-up cases: the picker gets its own search box, here searched for "0042". */
export const LargeLibrary: StoryObj<typeof ComparePicker> = {
  loaders: [async () => ({ entry: await fixtureEntry(CASE_IDS.zhou) })],
  render: (_args, { loaded }) => (
    <ComparePicker
      entries={
        syntheticSummary(loaded.entry as Extract<LibraryEntry, { status: 'ok' }>, 1000).cases
      }
      filter={{ text: '0042', facets: {} }}
      a={null}
      b={null}
      anchor="cart"
      layout="stacked"
      lock
      {...handlers}
    />
  ),
};
