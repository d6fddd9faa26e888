// What loading one case of the library gives. In a file of its own so that the library's loader,
// the reader's own files and the text checks share it without importing one another (they did,
// in a loop of three files).

import type { Case, LibraryIndex } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import type { Problem } from '../validate/problem.ts';

/** One entry of index.json. */
export type IndexEntry = LibraryIndex['cases'][number];

/** A case that loaded (with warnings only), or the problems that kept it from loading. */
export type CaseLoad =
  | {
      entry: IndexEntry;
      status: 'ok';
      case: Case;
      resolved: ResolvedCase;
      problems: Problem[]; /* warnings only */
    }
  | { entry: IndexEntry; status: 'error'; problems: Problem[] };
