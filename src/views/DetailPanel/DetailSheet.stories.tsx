import type { Meta } from '@storybook/react-vite';
import { useRef } from 'react';
import { expect } from 'storybook/test';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';
import { DetailSheet } from './DetailSheet.tsx';

const meta: Meta<typeof DetailSheet> = {
  title: 'Timeline/DetailSheet',
  component: DetailSheet,
  parameters: { layout: 'fullscreen' },
};
export default meta;

function Sheet({ load, markKey }: { load: Extract<CaseLoad, { status: 'ok' }>; markKey: string }) {
  const scope = useRef<HTMLDivElement>(null);
  return (
    <div ref={scope} style={{ minHeight: '30rem' }}>
      <DetailSheet
        c={load.case}
        rc={load.resolved}
        markKey={markKey}
        onClose={() => {}}
        scope={scope}
      />
    </div>
  );
}

/** Zhou's CRS grade 1 in the sheet over the page, docked to the right edge. */
export const ZhouCrs = {
  ...okCaseStory(CASE_IDS.zhou, (load) => <Sheet load={load} markKey="crs" />),
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await expect(canvasElement.querySelector('.detail-sheet .detail[data-detail="crs"]')).not.toBe(
      null,
    );
  },
};
/** Marina's planned transplant: an intention, in the same sheet. */
export const MarinaPlan = okCaseStory(CASE_IDS.marina, (load) => (
  <Sheet load={load} markKey="plan-transplant" />
));
