import type { Case } from '../format/index.ts';
import { shortTitle } from '../summary/shortTitle.ts';

/** The short name of a case for a column head ("Zhou", "Pan et al. case 1"). */
export function shortCaseName(c: Case): string {
  return shortTitle(c.title);
}
