// Story helpers for the editor's parts: a shipped case's file as a draft, edited in the story's
// own state (no app store), checked by the real validator, so every field story is live.
import { useMemo, useState, type ReactNode } from 'react';
import { applyOp, printJson, type EditOp } from '../../core/editor/index.ts';
import { checkCaseText, type Problem } from '../../core/validate/index.ts';
import { fixtureReader } from '../fixtures/caseFixtures.ts';
import {
  BaseCaseContext,
  EditorApiContext,
  ProblemsContext,
  type EditorApi,
} from './EditorContext.tsx';

/** A shipped case's file parsed as written (its key order kept), for stories and tests. */
export async function caseDoc(file = 'cases/003-zhou.json'): Promise<Record<string, unknown>> {
  return JSON.parse((await fixtureReader()(file)) ?? '{}') as Record<string, unknown>;
}

const ids = (doc: Record<string, unknown>, key: string, name: string) =>
  ((doc[key] ?? []) as Array<Record<string, string>>).map(
    (x) => [x.id ?? '', x[name] ?? ''] as const,
  );

/** Props of DraftHarness. */
export interface DraftHarnessProps {
  /** The draft to start from. */
  initial: Record<string, unknown>;
  /** What to draw, given the draft as it is now. */
  children: (doc: Record<string, unknown>) => ReactNode;
}

/** Holds a draft in local state and gives fields the editor's contexts, as DraftEditor does. */
export function DraftHarness({ initial, children }: DraftHarnessProps) {
  const [doc, setDoc] = useState(initial);
  const checked = useMemo(() => checkCaseText(printJson(doc), 'story.json'), [doc]);
  const api = useMemo<EditorApi>(
    () => ({
      edit: (ops: EditOp[]) =>
        setDoc((d) => ops.reduce(applyOp, d as unknown) as Record<string, unknown>),
      ids: {
        sources: ids(doc, 'sources', 'title').map(([i]) => i),
        events: ids(doc, 'events', 'label').map(([i]) => i),
        products: ids(doc, 'products', 'label').map(([i]) => i),
        series: ids(doc, 'measurements', 'label').map(([i]) => i),
      },
      names: new Map([...ids(doc, 'events', 'label'), ...ids(doc, 'products', 'label')]),
    }),
    [doc],
  );
  const byPath = useMemo(() => {
    const m = new Map<string, Problem[]>();
    for (const p of checked.problems) m.set(p.path, [...(m.get(p.path) ?? []), p]);
    return m;
  }, [checked]);
  return (
    <EditorApiContext.Provider value={api}>
      <BaseCaseContext.Provider value={checked.parsed}>
        <ProblemsContext.Provider value={byPath}>
          <div className="editor">{children(doc)}</div>
        </ProblemsContext.Provider>
      </BaseCaseContext.Provider>
    </EditorApiContext.Provider>
  );
}
