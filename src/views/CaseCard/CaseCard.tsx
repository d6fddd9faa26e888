import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { caseSummary } from '../../core/summary/caseSummary.ts';
import { shortCitation } from '../../core/summary/citation.ts';
import { caseHref } from '../../app/router/index.ts';
import { DerivedBadge } from '../Provenance/DerivedBadge.tsx';
import { ProblemList } from '../ProblemList/ProblemList.tsx';

/** Props of CaseCard. */
export interface CaseCardProps {
  /** One case of the library, loaded or failed. */
  load: CaseLoad;
}

/**
 * A library card linking to its case page. A case that failed to load keeps its card, titled
 * from index.json, and says why, so one broken file never hides the others.
 */
export function CaseCard({ load }: CaseCardProps) {
  const titleId = `card-${load.entry.id}`;
  return (
    <article
      className={load.status === 'ok' ? 'card' : 'card card--error'}
      aria-labelledby={titleId}
      data-case-id={load.entry.id}
    >
      <h2 className="card__title" id={titleId}>
        <a className="card__link" href={caseHref(load.entry.id)}>
          {load.entry.title}
        </a>
      </h2>
      {load.status === 'ok' ? (
        <CardFacts load={load} />
      ) : (
        <div className="card__failure">
          <p className="card__error">This case could not be loaded:</p>
          <ProblemList problems={load.problems} />
        </div>
      )}
    </article>
  );
}

function CardFacts({ load }: { load: Extract<CaseLoad, { status: 'ok' }> }) {
  const s = caseSummary(load.case, load.resolved);
  const firstSource = load.case.sources[0];
  return (
    <dl className="card__facts">
      <div>
        <dt>Patient</dt>
        <dd>
          {s.patient.text}
          {s.patient.derived.map((d) => (
            <DerivedBadge key={d.fact} text={`${d.fact} derived`} reason={d.reason} />
          ))}
        </dd>
      </div>
      <div>
        <dt>Disease</dt>
        <dd>{s.disease}</dd>
      </div>
      <div>
        <dt>CAR target</dt>
        <dd>
          {s.targets.length === 0 ? (
            <span className="missing">target not stated</span>
          ) : (
            s.targets.map((t) => `${t.target}${t.derived ? ' (derived)' : ''}`).join(', ')
          )}
        </dd>
      </div>
      <div>
        <dt>Outcome</dt>
        <dd>
          {s.outcome ? (
            <>
              {s.outcome.label}
              {s.outcome.derived && s.outcome.reason && (
                <DerivedBadge reason={s.outcome.reason} text="derived, unconfirmed" />
              )}
            </>
          ) : (
            <span className="missing">no outcome reported</span>
          )}
        </dd>
      </div>
      {firstSource && (
        <div>
          <dt>Source</dt>
          <dd>{shortCitation(firstSource)}</dd>
        </div>
      )}
    </dl>
  );
}
