import type { Source } from '../../core/format/index.ts';
import type { IntervalCell } from '../../core/intervals/index.ts';
import { EvidenceList } from './EvidenceList.tsx';
import type { SourceHref } from './sourceHref.ts';

/** Props of IntervalCellView. */
export interface IntervalCellViewProps {
  /** The cell to show. */
  cell: IntervalCell;
  /** Id of the cell's case. */
  caseId: string;
  /** Short name of the cell's case. */
  caseName: string;
  /** The case's sources. */
  sources: readonly Source[];
  /** Link of a fact. */
  hrefFor: SourceHref;
}

/** Tags that say what kind of value a reader is looking at, beside the value itself. */
const TAG: Partial<Record<IntervalCell['value']['kind'], string>> = {
  'order-only': 'order only',
};

/**
 * One cell: the value as text ("day 13", "≈ 0–31 days", "not reported"), words for long spans,
 * why it reads so, what a grade means, and the facts it comes from.
 */
export function IntervalCellView({
  cell,
  caseId,
  caseName,
  sources,
  hrefFor,
}: IntervalCellViewProps) {
  const { kind } = cell.value;
  const tag = TAG[kind];
  return (
    <td className={`ki-cell ki-cell--${kind}`} data-case={caseId} data-kind={kind}>
      {tag && <span className="ki-tag">{tag}</span>}
      <span className="ki-value">{cell.text}</span>
      {cell.words && <span className="ki-words">{cell.words}</span>}
      {cell.note && <p className="ki-note">{cell.note}</p>}
      {cell.meaning && (
        <details className="ki-meaning">
          <summary>What this grade means</summary>
          <p>{cell.meaning}</p>
        </details>
      )}
      <EvidenceList
        evidence={cell.evidence}
        caseId={caseId}
        caseName={caseName}
        sources={sources}
        hrefFor={hrefFor}
      />
    </td>
  );
}
