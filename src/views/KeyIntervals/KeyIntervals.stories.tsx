import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { CASE_IDS, fixtureOkCase } from '../fixtures/caseFixtures.ts';
import { KeyIntervals } from './KeyIntervals.tsx';

const meta: Meta<typeof KeyIntervals> = {
  title: 'Compare/KeyIntervals',
  component: KeyIntervals,
};
export default meta;

type Ok = Extract<CaseLoad, { status: 'ok' }>;

/** A table of the shipped cases with these ids, loaded by the real loader and resolver. */
function tableOf(ids: string[], width?: number): StoryObj {
  return {
    loaders: [async () => ({ loads: await Promise.all(ids.map((id) => fixtureOkCase(id))) })],
    render: (_args, { loaded }) => (
      <div style={width === undefined ? undefined : { width }}>
        <KeyIntervals cases={(loaded.loads as Ok[]).map((l) => ({ c: l.case, rc: l.resolved }))} />
      </div>
    ),
  };
}

/**
 * The comparison's default pair: Zhou's day-6 CAR peak and ≈ CR beside Marina's day-13 MRD
 * negativity and her bounds-only range from the relapse that led to CAR-T to the infusion.
 */
export const ZhouVsMarina = tableOf([CASE_IDS.zhou, CASE_IDS.marina]);

/** One case: Grandma Sun, whose year and month dates give ≈ ranges of years; relapse → infusion 0–365. */
export const SingleCase = tableOf([CASE_IDS.sun]);

/** Pan case 1 (order only throughout) beside Kong (two infusions, kinetics only in a figure). */
export const PanVsKong = tableOf([CASE_IDS.pan1, CASE_IDS.kong]);

/** Zhou and Marina in a phone's 366 px: each row's name spans the width, the two cases side by side under it. */
export const ZhouVsMarinaOnAPhone = tableOf([CASE_IDS.zhou, CASE_IDS.marina], 366);
