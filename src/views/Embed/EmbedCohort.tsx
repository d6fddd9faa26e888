import { useMemo } from 'react';
import { cohortLegend, parseCohortQuery, sortRows, type Cohort } from '../../core/cohort/index.ts';
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
  /** Text size of every chart text in CSS pixels (a slide, then in its brief form); the page's sizes when absent. */
  font?: number;
}

const NO_PICKS: readonly string[] = [];
const ignorePick = () => {};

/** The swimmer plot of the whole library in the link's order and scale; always the chart, never the table. */
export function EmbedCohort({ cohort, inner, legend, font }: EmbedCohortProps) {
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
  const entries = useMemo(() => cohortLegend(cohort.rows), [cohort]);
  return (
    <>
      <SwimmerChart
        rows={rows}
        cohort={cohort}
        scale={query.scale}
        picked={NO_PICKS}
        onPick={ignorePick}
        {...(font === undefined ? {} : { font, brief: true })}
      />
      {legend && <CohortLegend entries={entries} />}
    </>
  );
}
