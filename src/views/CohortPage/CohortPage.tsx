import { useMemo, type ReactElement } from 'react';
import { cohortLegend, entryCohort, sortRows, type CohortQuery } from '../../core/cohort/index.ts';
import { citedLines } from '../../core/export/citation.ts';
import type { LibraryEntry } from '../../core/library/librarySummary.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { CohortControls } from './CohortControls.tsx';
import { CohortLegend } from './CohortLegend.tsx';
import { CohortTable } from './CohortTable.tsx';
import { ExportMenu } from '../Export/ExportMenu.tsx';
import { ShareButton } from '../Share/ShareButton.tsx';
import { PresentButton } from '../Present/PresentButton.tsx';
import { ComparePick } from './ComparePick.tsx';
import { FailedCases } from './FailedCases.tsx';
import { SwimmerChart } from './SwimmerChart.tsx';
import { useCohortQuery } from '../../app/cohort/index.ts';

/** Props of CohortPage. */
export interface CohortPageProps {
  /** The cases the cohort shows, as library entries (each carries its swimmer row). */
  entries: readonly LibraryEntry[];
  /** Reads those cases in full, for the offline file (the only export that needs the files). */
  readCases: () => Promise<readonly CaseLoad[]>;
  /** Keep the view in the address (off in stories and tests that must not touch it). */
  urlSync?: boolean;
  /** The view to start from when the address is not read (urlSync off). */
  initial?: CohortQuery;
  /** The library search that chose `cases` (the app's; none in stories of a fixed cohort). */
  search?: ReactElement;
}

/**
 * The library as a swimmer plot aligned at each patient's first CAR-T infusion: every case, or
 * the cases the library search keeps.
 */
export function CohortPage({
  entries,
  readCases,
  urlSync = true,
  initial,
  search,
}: CohortPageProps) {
  const cohort = useMemo(() => entryCohort(entries), [entries]);
  const citations = useMemo(
    () => citedLines(entries.flatMap((e) => (e.status === 'ok' ? [e] : []))),
    [entries],
  );
  const exported = useMemo(
    () => ({ cohort, citations, readCases }),
    [cohort, citations, readCases],
  );
  const ids = useMemo(() => cohort.rows.map((r) => r.id), [cohort]);
  const [query, setQuery] = useCohortQuery(ids, urlSync, initial);
  const rows = useMemo(
    () => sortRows(cohort.rows, query.sort, query.desc),
    [cohort, query.sort, query.desc],
  );
  const legend = useMemo(() => cohortLegend(cohort.rows), [cohort]);
  const labels = useMemo(() => new Map(cohort.rows.map((r) => [r.id, r.label])), [cohort]);
  const update = (next: Partial<CohortQuery>) => setQuery({ ...query, ...next });
  const onPick = (id: string, checked: boolean) => {
    const rest = query.picked.filter((p) => p !== id);
    update({ picked: checked ? [...rest, id].slice(-2) : rest });
  };
  return (
    <article className="cohort">
      <h1 tabIndex={-1}>Cohort</h1>
      <p className="cohort__lede">
        {cohort.rows.length} {cohort.rows.length === 1 ? 'patient' : 'patients'}, each aligned at
        the first CAR-T infusion. A bar runs between events with a day; an event known only within
        bounds is a dashed bracket over every day its times allow, never a day; events with nothing
        bounding them on one side sit in the hatched side columns, in order, with no duration.
      </p>
      {search}
      <CohortControls query={query} onChange={setQuery} />
      <ExportMenu view="cohort" loads={[]} cohort={exported}>
        <ShareButton
          view="cohort"
          title={`${search ? 'the' : 'all'} ${cohort.rows.length} cases`}
        />
        <PresentButton view="cohort" />
      </ExportMenu>
      <ComparePick picked={query.picked} labels={labels} onClear={() => update({ picked: [] })} />
      {query.table ? (
        <CohortTable rows={rows} picked={query.picked} onPick={onPick} />
      ) : (
        <SwimmerChart
          rows={rows}
          cohort={cohort}
          scale={query.scale}
          picked={query.picked}
          onPick={onPick}
        />
      )}
      <CohortLegend entries={legend} />
      <FailedCases failed={cohort.failed} />
    </article>
  );
}
