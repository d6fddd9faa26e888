/** A tick of the cohort time axis: a day from the infusion and its label. */
export interface CohortTick {
  day: number;
  label: string;
  /** Day 0 and whole years: drawn with a grid line. */
  major: boolean;
}

const YEAR = 365;
// Steps people read at a glance; a year is 365 days here, and the label says "y" only for those.
const STEPS: ReadonlyArray<[number, string, boolean]> = [
  [7, '7 d', false],
  [14, '14 d', false],
  [30, '30 d', false],
  [90, '90 d', false],
  [180, '180 d', false],
  ...Array.from({ length: 20 }, (_, i): [number, string, boolean] => [
    (i + 1) * YEAR,
    `${i + 1} y`,
    true,
  ]),
];

/**
 * Candidate ticks inside [lo, hi] (days from the infusion), nearest to day 0 first so a view that
 * drops crowded labels keeps the ones that matter: day 0, then ±7 d, ±14 d, … ±1 y, ±2 y, …
 */
export function cohortTicks(lo: number, hi: number): CohortTick[] {
  const out: CohortTick[] = [{ day: 0, label: 'day 0', major: true }];
  for (const [d, label, major] of STEPS) {
    if (d <= hi) out.push({ day: d, label: `+${label}`, major });
    if (-d >= lo) out.push({ day: -d, label: `−${label}`, major });
  }
  return out;
}
