import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { caseHref } from '../../app/router/index.ts';
import { EditCopyButton } from '../Editor/EditCopyButton.tsx';
import { ProblemList } from '../ProblemList/ProblemList.tsx';

/** Props of OpenResult. */
export interface OpenResultProps {
  /** What opening one file gave. */
  load: CaseLoad;
}

/** The outcome of opening one file: a link to its timeline, or what the validator found. */
export function OpenResult({ load }: OpenResultProps) {
  const errors = load.problems.filter((p) => p.severity === 'error').length;
  const warnings = load.problems.length - errors;
  return (
    <div
      className={`open-result open-result--${load.status}`}
      data-open-file={load.entry.file}
      role={load.status === 'error' ? 'alert' : 'status'}
    >
      {load.status === 'ok' ? (
        <p>
          Opened <code>{load.entry.file}</code>:{' '}
          <a href={caseHref(load.entry.id)}>{load.case.title}</a>
          {warnings > 0 && ` (${warnings} warning${warnings === 1 ? '' : 's'} below)`}{' '}
          <EditCopyButton load={load}>Open in editor</EditCopyButton>
        </p>
      ) : (
        <p>
          <code>{load.entry.file}</code> could not be opened: {errors} problem
          {errors === 1 ? '' : 's'} to fix.
        </p>
      )}
      <ProblemList problems={load.problems} />
    </div>
  );
}
