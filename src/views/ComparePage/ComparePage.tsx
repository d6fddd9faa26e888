import type { CaseLoad } from '../../core/library/loadLibrary.ts';

/** Props of ComparePage. */
export interface ComparePageProps {
  /** Every case the reader can view. */
  cases: readonly CaseLoad[];
}

/** Two cases compared (work in progress: issue 4). */
export function ComparePage({ cases }: ComparePageProps) {
  return (
    <>
      <h1 tabIndex={-1}>Compare two cases</h1>
      <p>{cases.length} cases</p>
    </>
  );
}
