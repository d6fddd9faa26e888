import type { Case } from '../format/index.ts';

/** The short name of a case for a column head: its title before " — " ("Zhou", "Pan et al. case 1"). */
export function shortCaseName(c: Case): string {
  return c.title.split(' — ')[0]!.trim() || c.title;
}
