/** Props of Notes. */
export interface NotesProps {
  /** Curation notes in the curator's words. */
  notes: readonly string[] | undefined;
}

/** Curation notes: what the source leaves open or how a fact was read. Nothing when there are none. */
export function Notes({ notes }: NotesProps) {
  if (!notes || notes.length === 0) return null;
  return (
    <ul className="notes" aria-label="Curation notes">
      {notes.map((n, i) => (
        <li key={i}>{n}</li>
      ))}
    </ul>
  );
}
