import { createContext, useContext } from 'react';
import type { EditOp } from '../../core/editor/index.ts';
import type { Case } from '../../core/format/index.ts';
import type { Problem } from '../../core/validate/index.ts';

/** What every field of the form needs from the page: how to edit, and what the draft refers to. */
export interface EditorApi {
  /** Applies edits to the draft as one undo step. */
  edit: (ops: EditOp[]) => void;
  /** Ids a reference field can pick from. */
  ids: { sources: string[]; events: string[]; products: string[]; series: string[] };
  /** Labels of those ids, for option text ("inf — CAR-T infusion"). */
  names: ReadonlyMap<string, string>;
}

const NOOP: EditorApi = {
  edit: () => {},
  ids: { sources: [], events: [], products: [], series: [] },
  names: new Map(),
};

/** The editor's API for fields below it. */
export const EditorApiContext = createContext<EditorApi>(NOOP);

/** The editor's API: edit the draft, list ids to refer to. */
export const useEditorApi = () => useContext(EditorApiContext);

/** Validator problems by path ("events[2].time.from"), as of the last check. */
export const ProblemsContext = createContext<ReadonlyMap<string, Problem[]>>(new Map());

/** The problems the validator found exactly at `path`. */
export function useProblemsAt(path: string): readonly Problem[] {
  return useContext(ProblemsContext).get(path) ?? NONE;
}

const NONE: readonly Problem[] = [];

/** The last version of the draft that resolved, for reading times (null before the first). */
export const BaseCaseContext = createContext<Case | null>(null);

/** The last version of the draft that resolved. */
export const useBaseCase = () => useContext(BaseCaseContext);
