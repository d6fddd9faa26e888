// Validates the library index (public/data/index.json): syntax, structure, and repeated entries.
// Whether each listed file exists and carries the same id is checked by the library loader.

import { LibraryIndex } from '../format/index.ts';
import { error, finish, hasErrors, warning, type Draft } from './draft.ts';
import { createLocator } from './locate.ts';
import { parseJsonText } from './parseJson.ts';
import type { Problem } from './problem.ts';
import { sortProblems } from './sortProblems.ts';
import { issuesToDrafts } from './zodIssues.ts';

/** Validates index text; `index` is null when there is any error. */
export function validateIndexText(
  text: string,
  file: string,
): { index: LibraryIndex | null; problems: Problem[] } {
  const parsed = parseJsonText(text);
  const locator = createLocator(parsed.body);
  const done = (index: LibraryIndex | null, drafts: Draft[]) => {
    const problems = sortProblems(finish(drafts, file, locator));
    return { index: hasErrors(problems) ? null : index, problems };
  };
  if (!parsed.ok) return done(null, parsed.drafts);
  const result = LibraryIndex.safeParse(parsed.value);
  if (!result.success)
    return done(null, [
      ...parsed.drafts,
      ...issuesToDrafts(result.error.issues, LibraryIndex, parsed.value),
    ]);
  return done(result.data, [...parsed.drafts, ...checkEntries(result.data)]);
}

/** Two entries with one id make links ambiguous (error); one file listed twice shows a case twice (warning). */
function checkEntries(index: LibraryIndex): Draft[] {
  const out: Draft[] = [];
  const ids = new Map<string, number>();
  const files = new Map<string, number>();
  index.cases.forEach((entry, i) => {
    const sameId = ids.get(entry.id);
    if (sameId === undefined) ids.set(entry.id, i);
    else {
      out.push(
        error(
          'duplicate-id',
          `cases[${i}].id`,
          'an id no other entry in "cases" has',
          `"${entry.id}", already the id of cases[${sameId}]`,
          'Give each case its own id (the one inside its case file).',
        ),
      );
    }
    const sameFile = files.get(entry.file);
    if (sameFile === undefined) files.set(entry.file, i);
    else {
      out.push(
        warning(
          'duplicate-file',
          `cases[${i}].file`,
          'each case file listed once',
          `"${entry.file}", already listed at cases[${sameFile}]`,
          'Remove one of the two entries.',
        ),
      );
    }
  });
  return out;
}
