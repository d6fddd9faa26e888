import type { Meta } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ComparePicker, type ComparePickerProps } from './ComparePicker.tsx';
import { BROKEN_PAN_1, CASE_IDS } from '../fixtures/caseFixtures.ts';
import { libraryStory } from '../fixtures/stories.tsx';

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
};
const picker = (props: Partial<ComparePickerProps>, overrides?: Record<string, string | null>) =>
  libraryStory(
    (library) => (
      <ComparePicker
        cases={library.cases}
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
