import { useState } from 'react';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { EDIT_COPY } from '../CasePage/caseWords.ts';

/** Props of EditCopyButton. */
export interface EditCopyButtonProps {
  /** The case to copy into a new draft (its file, as written). */
  load: CaseLoad;
  /** Button text: "Edit a copy" on a case page, "Open in editor" for an own file. */
  children?: string;
}

/** Copies a case's file into a new draft in this browser and opens the editor on it. */
export function EditCopyButton({ load, children = EDIT_COPY }: EditCopyButtonProps) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="plain-button edit-copy"
        // The editor's code loads when asked for: a case page or the landing's opener does not
        // carry it.
        onClick={() =>
          void import('../../app/editor/index.ts')
            .then(({ editCopy }) => editCopy(load))
            .then(setMessage)
        }
      >
        {children}
      </button>
      {message && (
        <span role="alert" className="edit-copy__error">
          {message}
        </span>
      )}
    </>
  );
}
