/** The short name of a case from its title: the part before " — " ("Zhou", "Pan et al. case 1"). */
export function shortTitle(title: string): string {
  return title.split(' — ')[0]!.trim() || title;
}
