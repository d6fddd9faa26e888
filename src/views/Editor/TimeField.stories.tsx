import type { Meta, StoryObj } from '@storybook/react-vite';
import { caseDoc, DraftHarness } from './storyKit.tsx';
import { TimeField } from './TimeField.tsx';

const meta: Meta = { title: 'Editor/TimeField' };
export default meta;

type Doc = Record<string, unknown>;
type Ev = { id: string; kind: string; time: { kind: string } };

/** The time builder on the first of Zhou's events whose time is of `kind`. */
function timeOf(kind: string): StoryObj {
  return {
    loaders: [async () => ({ doc: await caseDoc() })],
    render: (_a, { loaded }) => (
      <DraftHarness initial={loaded.doc as Doc}>
        {(doc) => {
          const events = doc.events as Ev[];
          const i = Math.max(
            0,
            events.findIndex((e) => e.time.kind === kind),
          );
          return (
            <TimeField
              path={['events', i, 'time']}
              value={events[i]!.time}
              label={`Time of “${events[i]!.id}”`}
            />
          );
        }}
      </DraftHarness>
    ),
  };
}

/** Counted from another event (Zhou's CAR copy peak, day 6 after infusion). */
export const Offset = timeOf('offset');

/** Known only by order (Zhou's diagnosis, before the chemotherapy). */
export const Order = timeOf('order');

/** The source's own date ("at the time of writing"). */
export const SourceDate = timeOf('source-date');

/** A time the source does not give. */
export const Unknown: StoryObj = {
  loaders: [async () => ({ doc: await caseDoc() })],
  render: (_a, { loaded }) => (
    <DraftHarness initial={loaded.doc as Doc}>
      {(doc) => (
        <TimeField
          path={['patient', 'age', 'at']}
          value={(doc.patient as { age: { at: unknown } }).age.at}
          label="Age given at"
        />
      )}
    </DraftHarness>
  ),
};
