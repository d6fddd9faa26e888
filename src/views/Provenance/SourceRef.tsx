import type { Provenance, Source } from '../../core/format/index.ts';
import { shortCitation } from '../../core/summary/citation.ts';
import { DerivedBadge } from './DerivedBadge.tsx';

/** Props of SourceRef. */
export interface SourceRefProps {
  /** Where the fact comes from and whether it is stated or derived. */
  provenance: Provenance;
  /** The case's sources, to name the cited one. */
  sources: readonly Source[];
}

/** "Zhou H et al., 2024 · Abstract" with the quote and a derived badge when present. */
export function SourceRef({ provenance, sources }: SourceRefProps) {
  const source = sources.find((s) => s.id === provenance.source);
  return (
    <span className="source-ref">
      <span className="source-ref__cite">
        {source ? shortCitation(source) : `unknown source “${provenance.source}”`}
      </span>
      <span className="source-ref__locator">{provenance.locator}</span>
      {provenance.quote && <q className="source-ref__quote">{provenance.quote}</q>}
      {provenance.basis === 'derived' && <DerivedBadge reason={provenance.reason} />}
    </span>
  );
}
