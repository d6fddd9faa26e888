import type { LibraryEntry } from '../../core/library/librarySummary.ts';
import { caseHref } from '../../app/router/index.ts';
import { DerivedBadge } from '../Provenance/DerivedBadge.tsx';
import { ProblemList } from '../ProblemList/ProblemList.tsx';

/** Props of CaseCard. */
export interface CaseCardProps {
  /** One case of the library summary, loaded or failed. */
  entry: LibraryEntry;
}

/**
 * A library card linking to its case page, drawn from the library summary alone. A case that
 * failed the build's check keeps its card, titled from index.json, and says why, so one broken
 * file never hides the others.
 */
export function CaseCard({ entry }: CaseCardProps) {
  const titleId = `card-${entry.id}`;
  return (
    <article
      className={entry.status === 'ok' ? 'card' : 'card card--error'}
      aria-labelledby={titleId}
      data-case-id={entry.id}
    >
      <h2 className="card__title" id={titleId}>
        <a className="card__link" href={caseHref(entry.id)}>
          {entry.title}
        </a>
      </h2>
      {entry.status === 'ok' ? (
        <CardFacts entry={entry} />
      ) : (
        <div className="card__failure">
          <p className="card__error">This case could not be loaded:</p>
          <ProblemList problems={entry.problems} />
        </div>
      )}
    </article>
  );
}

function CardFacts({ entry: s }: { entry: Extract<LibraryEntry, { status: 'ok' }> }) {
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
        <dt>Toxicity</dt>
        <dd>
          {s.crs.text}; {s.icans.text}
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
      {s.citation && (
        <div>
          <dt>Source</dt>
          <dd>{s.citation}</dd>
        </div>
      )}
    </dl>
  );
}
