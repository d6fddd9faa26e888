import { useEffect, useMemo, useRef } from 'react';
import { newCaseDraft } from '../../core/editor/index.ts';
import { caseSchemaUrl } from '../../core/format/index.ts';
import { draftName, useEditorStore } from '../../app/editor/index.ts';
import { editHref, landingHref } from '../../app/router/index.ts';
import { DraftList, type DraftSummary } from './DraftList.tsx';
import { DraftEditor } from './DraftEditor.tsx';

/** Props of Editor. */
export interface EditorProps {
  /** The draft to edit; null starts a new case. */
  draftId: string | null;
}

/** Today's date in UTC, as the curation date of a new case. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The curator's editor page: a new case starts a draft at once (so a reload keeps it); a draft id
 * opens that draft; an id this browser does not hold says so and lists the drafts it does hold.
 */
export function Editor({ draftId }: EditorProps) {
  const drafts = useEditorStore((s) => s.drafts);
  const create = useEditorStore((s) => s.create);
  const remove = useEditorStore((s) => s.remove);
  const started = useRef(false);
  useEffect(() => {
    if (draftId !== null || started.current) return;
    started.current = true;
    // The site's own schema address, so the file names its schema wherever it is kept.
    const id = create(newCaseDraft(today(), caseSchemaUrl(document.baseURI)));
    window.location.replace(editHref(id));
  }, [draftId, create]);
  const list = useMemo<DraftSummary[]>(
    () =>
      Object.values(drafts)
        .map((d) => ({ id: d.id, name: draftName(d), savedAt: d.savedAt, origin: d.origin }))
        .sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0)),
    [drafts],
  );
  const onDelete = (id: string) => {
    const d = drafts[id];
    if (d && window.confirm(`Delete the draft “${draftName(d)}” from this browser?`)) remove(id);
  };
  const draft = draftId ? drafts[draftId] : undefined;
  if (draftId === null) return <p role="status">Starting a new case…</p>;
  if (!draft)
    return (
      <div className="editor">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href={landingHref}>All cases</a>
        </nav>
        <h1 tabIndex={-1}>Draft not found</h1>
        <p>
          This browser holds no draft with the id <code>{draftId}</code>. Drafts live only in the
          browser they were made in.
        </p>
        <DraftList drafts={list} onDelete={onDelete} />
      </div>
    );
  return (
    <DraftEditor key={draft.id} draftId={draft.id}>
      <DraftList drafts={list} current={draft.id} onDelete={onDelete} />
    </DraftEditor>
  );
}
