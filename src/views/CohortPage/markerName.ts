import type { CohortMarker } from '../../core/cohort/index.ts';

/** Accessible name of a marker: whose, what, where as placed, and when as the source states it. */
export function markerName(patient: string, m: CohortMarker): string {
  const derived = m.derived ? '; derived by the curator, not stated by the source' : '';
  return `${patient}: ${m.label} — ${m.placed}; as stated: ${m.stated}${derived}`;
}
