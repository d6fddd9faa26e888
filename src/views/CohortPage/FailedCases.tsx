import { caseHref } from '../../app/router/index.ts';
import type { CohortFailedRow } from '../../core/cohort/index.ts';

/** Props of FailedCases. */
export interface FailedCasesProps {
  /** Cases that did not load, with their problems in words. */
  failed: readonly CohortFailedRow[];
}

/** Cases the plot cannot draw, each with the problems that kept it from loading. */
export function FailedCases({ failed }: FailedCasesProps) {
  if (failed.length === 0) return null;
  return (
    <section className="cohort-failed" aria-labelledby="cohort-failed-h">
      <h2 id="cohort-failed-h">Not drawn ({failed.length})</h2>
      <ul>
        {failed.map((f) => (
          <li key={f.id} className="cohort-failed__case" data-case-id={f.id}>
            <a href={caseHref(f.id)}>{f.label}</a>: this case did not load, so it has no row.
            <ul className="cohort-failed__problems">
              {f.problems.map((p) => (
                <li key={p} className="problem">
                  {p}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
