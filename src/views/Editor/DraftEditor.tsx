import { useCallback, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { childSchema, fieldId, type EditOp, type FieldSchema } from '../../core/editor/index.ts';
import { Case } from '../../core/format/index.ts';
import { draftName, draftText, useEditorStore } from '../../app/editor/index.ts';
import { landingHref } from '../../app/router/index.ts';
import { downloadBlob } from '../Export/download.ts';
import { savedAtText } from './DraftList.tsx';
import {
  BaseCaseContext,
  EditorApiContext,
  ProblemsContext,
  type EditorApi,
} from './EditorContext.tsx';
import { fieldLabel } from './fieldWords.ts';
import { PreviewPane } from './PreviewPane.tsx';
import { ProblemPanel } from './ProblemPanel.tsx';
import { SchemaField } from './SchemaField.tsx';
import { useDraftCheck } from './useDraftCheck.ts';

/** Props of DraftEditor. */
export interface DraftEditorProps {
  /** The draft to edit (it must exist in the editor store). */
  draftId: string;
  /** Shown after the form (the list of drafts). */
  children?: ReactNode;
}

/** The parts of a case, each a section of the form, in the file's order. */
const SECTIONS: Array<{ title: string; keys: string[] }> = [
  { title: 'Case', keys: ['id', 'title', 'summary', 'formatVersion'] },
  { title: 'Patient', keys: ['patient'] },
  { title: 'Sources', keys: ['sources'] },
  { title: 'CAR-T products', keys: ['products'] },
  { title: 'Events', keys: ['events'] },
  { title: 'Measurements', keys: ['measurements'] },
  { title: 'Curation', keys: ['curation'] },
];

const CASE = Case as unknown as FieldSchema;

const list = (v: unknown): Array<Record<string, unknown>> =>
  Array.isArray(v) ? v.filter((x) => typeof x === 'object' && x !== null) : [];
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Ids of the draft's sources, events, products and series, with labels, kept stable between keystrokes. */
function useRefs(doc: unknown): Pick<EditorApi, 'ids' | 'names'> {
  const d = (doc ?? {}) as Record<string, unknown>;
  const pairs = (k: string, name: string) =>
    list(d[k]).map((x) => [str(x.id), str(x[name])] as const);
  const all = {
    sources: pairs('sources', 'title'),
    events: pairs('events', 'label'),
    products: pairs('products', 'label'),
    series: pairs('measurements', 'label'),
  };
  const sig = JSON.stringify(all);
  return useMemo(() => {
    const parsed = JSON.parse(sig) as typeof all;
    const ids = Object.fromEntries(
      Object.entries(parsed).map(([k, v]) => [k, v.map(([id]) => id).filter(Boolean)]),
    ) as EditorApi['ids'];
    const names = new Map(
      [...parsed.events, ...parsed.products].filter(([id, n]) => id && n) as [string, string][],
    );
    return { ids, names };
  }, [sig]);
}

/**
 * One draft being edited: the form on the left, the live preview and the validator's problems on
 * the right; undo, redo and Download JSON above. Every change is saved in this browser at once;
 * the check and the preview follow a moment after typing pauses.
 */
export function DraftEditor({ draftId, children }: DraftEditorProps) {
  const draft = useEditorStore((s) => s.drafts[draftId])!;
  const editDraft = useEditorStore((s) => s.edit);
  const undo = useEditorStore((s) => s.undo);
  const redo = useEditorStore((s) => s.redo);
  const note = useEditorStore((s) => s.storageNote);
  const doc = draft.doc;
  const text = draftText(draft);
  const id = str((doc as Record<string, unknown> | null)?.id);
  const file = `${id || 'case'}.json`;
  const check = useDraftCheck(text, file);
  const edit = useCallback((ops: EditOp[]) => editDraft(draftId, ops), [editDraft, draftId]);
  const refs = useRefs(doc);
  const api = useMemo<EditorApi>(() => ({ edit, ...refs }), [edit, refs]);
  const problems = check.problems;
  const byPath = useMemo(() => {
    const m = new Map<string, typeof problems>();
    for (const p of problems) m.set(p.path, [...(m.get(p.path) ?? []), p]);
    return m;
  }, [problems]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) undo(draftId);
    else if ((k === 'z' && e.shiftKey) || k === 'y') redo(draftId);
    else return;
    e.preventDefault();
  };
  const name = draftName(draft);
  return (
    <div className="editor" onKeyDown={onKeyDown}>
      <div className="editor__head">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href={landingHref}>All cases</a>
        </nav>
        <h1 tabIndex={-1}>Editing: {name}</h1>
        <div className="editor__toolbar" role="toolbar" aria-label="Draft">
          <button
            type="button"
            onClick={() => undo(draftId)}
            disabled={draft.past.length === 0}
            aria-keyshortcuts="Control+Z"
          >
            Undo
          </button>
          <button
            type="button"
            onClick={() => redo(draftId)}
            disabled={draft.future.length === 0}
            aria-keyshortcuts="Control+Shift+Z"
          >
            Redo
          </button>
          <button
            type="button"
            className="editor__download"
            onClick={() => downloadBlob(new Blob([text], { type: 'application/json' }), file)}
          >
            Download JSON
          </button>
          <span className="editor__saved" role="status" data-saved-at={draft.savedAt ?? ''}>
            {note ??
              (draft.savedAt === null
                ? 'Not saved yet'
                : `Saved in this browser ${savedAtText(draft.savedAt)}`)}
          </span>
        </div>
      </div>
      <EditorApiContext.Provider value={api}>
        <BaseCaseContext.Provider value={check.good?.c ?? null}>
          <ProblemsContext.Provider value={byPath}>
            <div className="editor__body">
              <form
                className="editor__form"
                aria-label={`Case ${name}`}
                onSubmit={(e) => e.preventDefault()}
              >
                {SECTIONS.map((s) => (
                  <section
                    key={s.title}
                    className="ed-section"
                    aria-labelledby={fieldId(`section-${s.title}`)}
                  >
                    <h2 id={fieldId(`section-${s.title}`)}>{s.title}</h2>
                    {s.keys.map((k) => {
                      const schema = childSchema(CASE, k, doc);
                      const value = (doc as Record<string, unknown> | null)?.[k];
                      return schema ? (
                        <SchemaField
                          key={k}
                          path={[k]}
                          schema={schema}
                          value={value}
                          label={fieldLabel(k)}
                        />
                      ) : null;
                    })}
                  </section>
                ))}
              </form>
              <div className="editor__side">
                <PreviewPane
                  c={check.good?.c ?? null}
                  rc={check.good?.rc ?? null}
                  current={check.current}
                />
                <ProblemPanel problems={check.problems} />
              </div>
            </div>
          </ProblemsContext.Provider>
        </BaseCaseContext.Provider>
      </EditorApiContext.Provider>
      {children}
    </div>
  );
}
