import type { ReactNode } from 'react';
import type { Provenance, Source } from '../../core/format/index.ts';
import { SourceRef } from '../Provenance/SourceRef.tsx';

/** Props of Fact. */
export interface FactProps {
  /** What the fact is about, e.g. "Sex". */
  term: string;
  /** The value; undefined renders "not reported", so a gap is never blank or guessed. */
  value?: ReactNode;
  /** Where the value comes from; omitted for facts that are not reported. */
  provenance?: Provenance;
  /** The case's sources, for the reference. */
  sources: readonly Source[];
}

/** One term/value pair inside a <dl>, with its source. */
export function Fact({ term, value, provenance, sources }: FactProps) {
  const missing = value === undefined || value === null || value === '';
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>
        {missing ? <span className="missing">not reported</span> : value}
        {!missing && provenance && <SourceRef provenance={provenance} sources={sources} />}
      </dd>
    </div>
  );
}
