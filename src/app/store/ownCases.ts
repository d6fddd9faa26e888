// What the reader's own files need beyond the landing page: the validator (through loadOwnCase)
// and the kept-files storage with its zod schema. libraryStore loads this module on demand.

import { loadOwnCase } from '../../core/library/caseFromText.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { clearKept, readKept, writeKept, type KeptFile } from './ownCaseStorage.ts';

export { clearKept, loadOwnCase, writeKept };

/** Reads the files kept in this browser and loads them again; files that no longer load are dropped. */
export function restoreOwnCases(storage: Storage | null): {
  opened: CaseLoad[];
  ownFiles: Record<string, KeptFile>;
  note: string | null;
} {
  const kept = readKept(storage);
  const opened: CaseLoad[] = [];
  const ownFiles: Record<string, KeptFile> = {};
  let dropped = 0;
  for (const f of kept.files) {
    const load = loadOwnCase(f.text, f.name);
    if (load.status !== 'ok') {
      dropped++;
      continue;
    }
    opened.push(load);
    ownFiles[load.entry.id] = f;
  }
  const droppedNote =
    dropped > 0
      ? `${dropped} kept file${dropped === 1 ? '' : 's'} no longer passed validation and ${dropped === 1 ? 'was' : 'were'} not reopened.`
      : null;
  return { opened, ownFiles, note: kept.note ?? droppedNote };
}
