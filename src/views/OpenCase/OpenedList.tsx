import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { caseHref } from '../../app/router/index.ts';

/** Props of OpenedList. */
export interface OpenedListProps {
  /** The reader's own cases open this session. */
  opened: readonly CaseLoad[];
  /** Whether they are also kept in this browser. */
  keep: boolean;
  /** A note about storage (full, blocked, damaged), or null. */
  note: string | null;
  /** Forgets one case by entry id. */
  onForget: (id: string) => void;
  /** Turns keeping in this browser on or off. */
  onKeep: (keep: boolean) => void;
}

/** The reader's own open cases, each marked as their file, with a link and a "Forget" button. */
export function OpenedList({ opened, keep, note, onForget, onKeep }: OpenedListProps) {
  return (
    <div className="opened">
      {opened.length > 0 && (
        <ul className="opened__list">
          {opened.map((o) => (
            <li key={o.entry.id} className="opened__item" data-case-id={o.entry.id}>
              <a href={caseHref(o.entry.id)}>{o.entry.title}</a>{' '}
              <span className="opened__badge">your file: {o.entry.file}</span>{' '}
              <button
                type="button"
                className="plain-button"
                aria-label={`Forget ${o.entry.title}`}
                onClick={() => onForget(o.entry.id)}
              >
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="opened__keep">
        <input type="checkbox" checked={keep} onChange={(e) => onKeep(e.currentTarget.checked)} />{' '}
        Keep my files in this browser (local storage on this device only; “Forget” removes them)
      </label>
      {note && (
        <p className="opened__note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
