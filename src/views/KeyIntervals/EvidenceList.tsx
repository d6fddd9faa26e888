import type { Source } from '../../core/format/index.ts';
import type { IntervalEvidence } from '../../core/intervals/index.ts';
import { SourceRef } from '../Provenance/SourceRef.tsx';
import type { SourceHref } from './sourceHref.ts';

/** Props of EvidenceList. */
export interface EvidenceListProps {
  /** The facts behind one cell, most direct first. */
  evidence: readonly IntervalEvidence[];
  /** Id of the case they belong to. */
  caseId: string;
  /** Short name of that case, so two columns' links stay distinguishable to a screen reader. */
  caseName: string;
  /** The case's sources, to cite each fact. */
  sources: readonly Source[];
  /** Link of a fact. */
  hrefFor: SourceHref;
}

/**
 * Each fact as a link to its mark on the case page, with citation and locator, led by what the
 * cell uses it as ("first relapse: …") where the row picked it among others.
 */
export function EvidenceList({ evidence, caseId, caseName, sources, hrefFor }: EvidenceListProps) {
  if (evidence.length === 0) return null;
  return (
    <ul className="ki-evidence">
      {evidence.map((e) => (
        <li key={e.key ?? `series:${e.label}`}>
          {e.role && <span className="ki-evidence__role">{e.role}: </span>}
          <a
            className="ki-evidence__link"
            href={hrefFor(caseId, e.key)}
            aria-label={`${e.role ? `${e.role}: ` : ''}${e.label} (${caseName} case page)`}
            data-key={e.key ?? undefined}
            title={e.when ?? undefined}
          >
            {e.label}
          </a>{' '}
          <SourceRef provenance={e.provenance} sources={sources} />
        </li>
      ))}
    </ul>
  );
}
