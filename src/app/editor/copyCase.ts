// "Edit a copy" and "Open in editor": a case's own file text becomes a new draft, parsed as it is
// written (not as the validator normalised it), so the key order and every value are the file's.
import { isOwnCase } from '../../core/library/ownFile.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { fetchReader } from '../data/fetchReader.ts';
import { editHref } from '../router/route.ts';
import { useLibraryStore } from '../store/libraryStore.ts';
import { useEditorStore } from './editorStore.ts';

/** The text of a case's file: a library file fetched again, or the reader's own file as opened. */
export async function caseFileText(load: CaseLoad): Promise<string | null> {
  if (isOwnCase(load.entry.id))
    return useLibraryStore.getState().ownFiles[load.entry.id]?.text ?? null;
  return fetchReader(load.entry.file);
}

/** Copies a case into a new draft and opens it in the editor; a message when it cannot. */
export async function editCopy(load: CaseLoad): Promise<string | null> {
  let text: string | null;
  try {
    text = await caseFileText(load);
  } catch (e) {
    return `Could not read the case file: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (text === null) return `The file ${load.entry.file} is no longer available to copy.`;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return `The file ${load.entry.file} is not JSON, so it cannot be edited here.`;
  }
  const id = useEditorStore.getState().create(doc, load.entry.id);
  window.location.hash = editHref(id);
  return null;
}
