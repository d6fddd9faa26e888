import type { Meta, StoryObj } from '@storybook/react-vite';
import { caseDoc, DraftHarness } from './storyKit.tsx';
import { PastePoints } from './PastePoints.tsx';

const meta: Meta = { title: 'Editor/PastePoints' };
export default meta;

type Doc = Record<string, unknown>;

/** Pasting into Zhou's CAR copy series; the points added show in the count below. */
export const IntoZhouSeries: StoryObj = {
  loaders: [async () => ({ doc: await caseDoc() })],
  render: (_a, { loaded }) => (
    <DraftHarness initial={loaded.doc as Doc}>
      {(doc) => {
        const points = (doc.measurements as Array<{ points: unknown[] }>)[0]!.points;
        return (
          <>
            <p>The series has {points.length} point(s).</p>
            <PastePoints path={['measurements', 0, 'points']} count={points.length} />
          </>
        );
      }}
    </DraftHarness>
  ),
};
