import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { caseHref } from '../../app/router/index.ts';

/** Goes to the timeline of a case the reader just opened (an own file that loaded). */
export function showCase(load: CaseLoad): void {
  window.location.hash = caseHref(load.entry.id);
}
