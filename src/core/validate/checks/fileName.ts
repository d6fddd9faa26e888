// The library finds a case by its file name, and links use the case's id: a file whose "id" is
// not its name opens under one name and is listed under the other. Checked only where a file
// stands on its own (the CLI's file arguments); in a library, index.json pairs them itself.

import type { Case } from '../../format/index.ts';
import { warning, type Draft } from '../draft.ts';

/** The file name without folders or ".json": "public/data/cases/003-zhou.json" gives "003-zhou". */
export function caseIdOfFile(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.json$/i, '');
}

/** Warns when the case's "id" differs from its file's name, naming both. */
export function checkFileName(c: Case, file: string): Draft[] {
  const name = file.split(/[\\/]/).pop() ?? file;
  const stem = caseIdOfFile(file);
  if (stem === c.id) return [];
  return [
    warning(
      'id-differs-from-file-name',
      'id',
      `"${stem}", the file's name without ".json" (a case file is named after its id)`,
      `"${c.id}" in the file "${name}"`,
      `Rename the file to "${c.id}.json", or change "id" to "${stem}".`,
    ),
  ];
}
