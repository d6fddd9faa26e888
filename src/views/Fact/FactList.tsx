import type { Provenance, Source } from '../../core/format/index.ts';
import { SourceRef } from '../Provenance/SourceRef.tsx';
import { Fact } from './Fact.tsx';

/** Props of FactList. */
export interface FactListProps {
  /** What the facts are about, e.g. "Comorbidities". */
  term: string;
  /** Several facts of one kind, each with its own provenance. */
  facts: ReadonlyArray<{ value: string; provenance: Provenance }> | undefined;
  /** The case's sources. */
  sources: readonly Source[];
}

/**
 * A list-valued fact ("CD7+, CD5+"). One source reference when every item shares it; otherwise
 * each item keeps its own, so a derived item is never hidden behind a stated one.
 */
export function FactList({ term, facts, sources }: FactListProps) {
  if (!facts || facts.length === 0) return <Fact term={term} sources={sources} />;
  const first = facts[0]!.provenance;
  const shared = facts.every((f) => JSON.stringify(f.provenance) === JSON.stringify(first));
  if (shared) {
    return (
      <Fact
        term={term}
        value={facts.map((f) => f.value).join(', ')}
        provenance={first}
        sources={sources}
      />
    );
  }
  return (
    <Fact
      term={term}
      sources={sources}
      value={
        <ul className="fact-items">
          {facts.map((f, i) => (
            <li key={i}>
              {f.value} <SourceRef provenance={f.provenance} sources={sources} />
            </li>
          ))}
        </ul>
      }
    />
  );
}
