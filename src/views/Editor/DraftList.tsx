import { editHref } from '../../app/router/index.ts';

/** One draft as the list shows it. */
export interface DraftSummary {
  id: string;
  /** Its title, id or "Untitled case". */
  name: string;
  /** When it was last saved in this browser (Date.now()), null if never. */
  savedAt: number | null;
  /** The case it was copied from, if any. */
  origin?: string;
}

/** Props of DraftList. */
export interface DraftListProps {
  /** Drafts, most recently saved first. */
  drafts: readonly DraftSummary[];
  /** The draft open in the editor, marked as current. */
  current?: string | null;
  /** Deletes a draft from this browser. */
  onDelete: (id: string) => void;
}

/** "2 Dec 2026, 13:45:02" in the reader's own time zone and language. */
export function savedAtText(at: number): string {
  return new Date(at).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** The drafts kept in this browser, with when each was saved; none of them leaves the browser. */
export function DraftList({ drafts, current, onDelete }: DraftListProps) {
  return (
    <section className="ed-drafts" aria-labelledby="h-ed-drafts">
      <h2 id="h-ed-drafts">Drafts in this browser</h2>
      <p className="ed-drafts__note">
        Saved in this browser’s storage on every change. Nothing is sent anywhere; download a draft
        to keep or share it.
      </p>
      {drafts.length === 0 ? (
        <p>No drafts yet.</p>
      ) : (
        <ul className="ed-drafts__list">
          {drafts.map((d) => (
            <li key={d.id} data-draft={d.id}>
              <a href={editHref(d.id)} aria-current={d.id === current ? 'page' : undefined}>
                {d.name}
              </a>{' '}
              <span className="ed-drafts__meta">
                {d.origin && <>copy of {d.origin} · </>}
                {d.savedAt === null ? (
                  'not saved yet'
                ) : (
                  <>
                    saved{' '}
                    <time dateTime={new Date(d.savedAt).toISOString()}>
                      {savedAtText(d.savedAt)}
                    </time>
                  </>
                )}
              </span>{' '}
              <button
                type="button"
                className="ed-remove"
                onClick={() => onDelete(d.id)}
                aria-label={`Delete draft ${d.name}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={editHref()}>Start a new case</a>
      </p>
    </section>
  );
}
