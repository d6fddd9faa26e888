// The six curated cases with their key intervals, for the tests in this folder.
import { keyIntervals, intervalRow } from '../../../src/core/intervals/index.ts';
import type { IntervalCell, KeyIntervalId } from '../../../src/core/intervals/index.ts';
import { resolveCase } from '../../../src/core/time/index.ts';
import { CASE_IDS, loadCase } from '../../data/library.ts';

/** A shipped case, resolved, with its key intervals. */
export function shipped(id: (typeof CASE_IDS)[number]) {
  const c = loadCase(id);
  const rc = resolveCase(c);
  const k = keyIntervals(c, rc);
  return { c, rc, k, cell: (row: KeyIntervalId): IntervalCell => intervalRow(k, row).cell };
}

export { CASE_IDS };
