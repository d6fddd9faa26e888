import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactElement } from 'react';
import {
  buildCohort,
  cohortAxis,
  cohortLegend,
  DEFAULT_COHORT_QUERY,
  type Cohort,
} from '../../core/cohort/index.ts';
import { BROKEN_PAN_1, CASE_IDS } from '../fixtures/caseFixtures.ts';
import { libraryStory } from '../fixtures/stories.tsx';
import { GlyphDefs } from '../Timeline/GlyphDefs.tsx';
import { CohortControls } from './CohortControls.tsx';
import { CohortLegend } from './CohortLegend.tsx';
import { CohortTable } from './CohortTable.tsx';
import { ComparePick } from './ComparePick.tsx';
import { FailedCases } from './FailedCases.tsx';
import { SwimmerAxis } from './SwimmerAxis.tsx';
import { SwimmerChart } from './SwimmerChart.tsx';
import { SwimmerTrack } from './SwimmerTrack.tsx';

const meta: Meta = { title: 'Cohort/Parts', parameters: { layout: 'padded' } };
export default meta;

const DEFS = 'cohort-parts';
const WIDTH = 760;

/** A part drawn from the whole shipped library's cohort. */
const cohortStory = (
  render: (cohort: Cohort) => ReactElement,
  overrides?: Record<string, string | null>,
): StoryObj => libraryStory((library) => render(buildCohort(library.cases)), overrides);

const withDefs = (node: ReactElement) => (
  <div className="swimmer">
    <svg className="swimmer__defs tl-theme" width={0} height={0} aria-hidden="true">
      <GlyphDefs prefix={DEFS} tones={[]} />
    </svg>
    {node}
  </div>
);

/** One case's track on the axis shared with the whole library. */
const track = (id: string) =>
  cohortStory((cohort) => {
    const row = cohort.rows.find((r) => r.id === id)!;
    return withDefs(
      <SwimmerTrack row={row} axis={cohortAxis(cohort, 'symlog', WIDTH)} defs={DEFS} />,
    );
  });

/**
 * Brackets over the tight windows of times known only by bounds (transplant, MRD relapse,
 * progression), MRD negative on day 13.
 */
export const TrackMarina = track(CASE_IDS.marina);
/** Year-precise infusion: whiskers of a year; remission bounded by infusion and follow-up; arrow. */
export const TrackGrandmaSun = track(CASE_IDS.sun);
/** Order only: the infusion at day 0, everything else in the hatched zones, no bar. */
export const TrackPanCase1 = track(CASE_IDS.pan1);
/** Order only, favourable course. */
export const TrackPanCase2 = track(CASE_IDS.pan2);
/** Order-only history, CR within a month (whisker), remission ongoing at 9–10 months (arrow). */
export const TrackZhou = track(CASE_IDS.zhou);
/** Second infusion and its PET/CTs cannot be timed from the first: all in the after zone. */
export const TrackKong = track(CASE_IDS.kong);

/** The shared axis on the symlog scale, with the two order-only zone headings. */
export const AxisSymlog = cohortStory((cohort) =>
  withDefs(<SwimmerAxis axis={cohortAxis(cohort, 'symlog', WIDTH)} defs={DEFS} />),
);
/** The shared axis on a linear scale. */
export const AxisLinear = cohortStory((cohort) =>
  withDefs(<SwimmerAxis axis={cohortAxis(cohort, 'linear', WIDTH)} defs={DEFS} />),
);

/** The whole chart with every text at 24 px (a 1080p slide), in its brief form: no row notes. */
export const ChartAtSlideSize = cohortStory((cohort) => (
  <SwimmerChart
    rows={cohort.rows}
    cohort={cohort}
    scale="symlog"
    picked={[]}
    onPick={() => {}}
    font={24}
    brief
  />
));

/** The legend of exactly what the library's rows draw. */
export const Legend = cohortStory((cohort) => <CohortLegend entries={cohortLegend(cohort.rows)} />);

/** The table alternative with every marker's placed and stated time. */
export const Table = cohortStory((cohort) => (
  <CohortTable rows={cohort.rows} picked={[]} onPick={() => {}} />
));

/** The list of cases that could not be drawn (Pan case 1 broken). */
export const Failed = cohortStory((cohort) => <FailedCases failed={cohort.failed} />, BROKEN_PAN_1);

function ControlsDemo() {
  const [query, setQuery] = useState(DEFAULT_COHORT_QUERY);
  return <CohortControls query={query} onChange={setQuery} />;
}

/** Sort, order, scale and table switches (live). */
export const Controls: StoryObj = { render: () => <ControlsDemo /> };

/** The comparison bar with one pick, then with two. */
export const ComparePicks: StoryObj = {
  render: () => {
    const labels = new Map([
      ['003-zhou', 'Zhou'],
      ['000-marina', 'Marina'],
    ]);
    return (
      <>
        <ComparePick picked={['003-zhou']} labels={labels} onClear={() => {}} />
        <ComparePick picked={['003-zhou', '000-marina']} labels={labels} onClear={() => {}} />
      </>
    );
  },
};
