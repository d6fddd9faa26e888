import type { CaseLoad } from '../../core/library/loadLibrary.ts';

/** Props of CohortPage. */
export interface CohortPageProps {
  /** Every case the reader can view. */
  cases: readonly CaseLoad[];
}

/** The whole library as a swimmer plot (work in progress: issue 4). */
export function CohortPage({ cases }: CohortPageProps) {
  return (
    <>
      <h1 tabIndex={-1}>Cohort</h1>
      <p>{cases.length} cases</p>
    </>
  );
}
