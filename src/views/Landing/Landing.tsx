import type { LibraryState } from '../../app/store/index.ts';
import { editHref } from '../../app/router/index.ts';
import { CaseCard } from '../CaseCard/CaseCard.tsx';
import { LoadStatus } from '../LoadStatus/LoadStatus.tsx';
import { OpenCase } from '../OpenCase/OpenCase.tsx';
import { ProblemList } from '../ProblemList/ProblemList.tsx';

/** Props of Landing. */
export interface LandingProps {
  /** The library as loaded so far. */
  state: LibraryState;
}

/** The landing page: one card per case listed in the library index, then the reader's own files. */
export function Landing({ state }: LandingProps) {
  return (
    <>
      <h1 tabIndex={-1}>Case library</h1>
      <p className="landing__new">
        <a href={editHref()}>New case</a>: curate a case report in the editor, with a live timeline.
      </p>
      {state.status === 'ready' ? (
        <LibraryCards library={state.library} />
      ) : state.status === 'failed' ? (
        <LoadStatus status="failed" message={state.message} />
      ) : (
        <LoadStatus status="loading" />
      )}
      <OpenCase />
    </>
  );
}

function LibraryCards({
  library,
}: {
  library: Extract<LibraryState, { status: 'ready' }>['library'];
}) {
  const { index, indexProblems, cases } = library;
  return (
    <>
      {index === null ? (
        <p className="lede">The library index could not be read, so no case can be listed.</p>
      ) : (
        <p className="lede">
          {cases.length} CAR-T case {cases.length === 1 ? 'report' : 'reports'}, curated from their
          published sources. Open a case to see its events in order, with each time as resolved and
          as the source words it.
        </p>
      )}
      <ProblemList problems={indexProblems} />
      <ul className="card-grid">
        {cases.map((load) => (
          <li key={load.entry.id}>
            <CaseCard load={load} />
          </li>
        ))}
      </ul>
    </>
  );
}
