import type { Case } from '../../core/format/index.ts';

/** Props of CurationNotes. */
export interface CurationNotesProps {
  /** The case's curation record. */
  curation: Case['curation'];
}

/** Who curated the case and when, and what they noted about reading the sources. */
export function CurationNotes({ curation }: CurationNotesProps) {
  return (
    <>
      <p className="curation__meta">
        Curated on {curation.curatedOn}
        {curation.curators && curation.curators.length > 0 && ` by ${curation.curators.join(', ')}`}
        .
      </p>
      {curation.notes.length > 0 && (
        <ul className="curation__notes">
          {curation.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}
