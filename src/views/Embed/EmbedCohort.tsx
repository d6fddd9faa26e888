import { useMemo } from 'react';
import {
  cohortAxis,
  cohortLegend,
  parseCohortQuery,
  sortRows,
  type Cohort,
} from '../../core/cohort/index.ts';
import { CohortLegend } from '../CohortPage/CohortLegend.tsx';
import { SwimmerChart } from '../CohortPage/SwimmerChart.tsx';

/** Props of EmbedCohort. */
export interface EmbedCohortProps {
  /** The cohort of the library. */
  cohort: Cohort;
  /** The cohort parameters of the link (sort, direction, scale). */
  inner: string;
  /** Show the legend. */
  legend: boolean;
}

/** Width of the swimmer chart's coordinate system, as on the cohort page. */
const CHART_PX = 760;
const NO_PICKS: readonly string[] = [];
const ignorePick = () => {};

/** The swimmer plot of the whole library in the link's order and scale; always the chart, never the table. */
export function EmbedCohort({ cohort, inner, legend }: EmbedCohortProps) {
  const query = useMemo(
    () =>
      parseCohortQuery(
        inner,
        cohort.rows.map((r) => r.id),
      ),
    [inner, cohort],
  );
  const rows = useMemo(
    () => sortRows(cohort.rows, query.sort, query.desc),
    [cohort, query.sort, query.desc],
  );
  const axis = useMemo(() => cohortAxis(cohort, query.scale, CHART_PX), [cohort, query.scale]);
  const entries = useMemo(() => cohortLegend(cohort.rows), [cohort]);
  return (
    <>
      <SwimmerChart rows={rows} axis={axis} picked={NO_PICKS} onPick={ignorePick} />
      {legend && <CohortLegend entries={entries} />}
    </>
  );
}
