import type { KeyIntervalId } from './types.ts';

/** A row of the table: its label and the rule that picks its facts, for the table's notes. */
export interface KeyIntervalRow {
  id: KeyIntervalId;
  label: string;
  definition: string;
}

/**
 * The rows in display order. "Infusion" is always the first CAR-T infusion in resolved order
 * (rc.order), so every "after" below means later than it in that order.
 */
export const KEY_INTERVAL_ROWS: readonly KeyIntervalRow[] = [
  {
    id: 'diagnosis-to-relapse',
    label: 'Diagnosis → relapse',
    definition: 'From the first diagnosis to the last relapse before the first CAR-T infusion.',
  },
  {
    id: 'relapse-to-infusion',
    label: 'Relapse → infusion',
    definition: 'From the last relapse before the first CAR-T infusion to that infusion.',
  },
  {
    id: 'infusion-to-cr',
    label: 'Infusion → CR',
    definition:
      'To the first response after the infusion assessed as CR or CRi, or worded only as “remission” (said so in the cell).',
  },
  {
    id: 'infusion-to-mrd-negative',
    label: 'Infusion → MRD negativity',
    definition:
      'To the first MRD-negative response after the infusion, or the first MRD result reported as undetectable or below detection, whichever comes first.',
  },
  {
    id: 'crs-onset',
    label: 'CRS onset',
    definition: 'Time of the first CRS after the infusion.',
  },
  {
    id: 'crs-grade',
    label: 'CRS maximum grade',
    definition: 'The highest CRS grade after the infusion, on the scale the source names.',
  },
  {
    id: 'icans',
    label: 'ICANS',
    definition:
      'Neurotoxicity after the infusion: its grade, or “not observed” when the source says so.',
  },
  {
    id: 'gvhd',
    label: 'GVHD',
    definition: 'GVHD after the infusion: its grade, or “not observed” when the source says so.',
  },
  {
    id: 'car-peak',
    label: 'Peak CAR level',
    definition:
      'The value the source calls the peak; otherwise the largest of at least two measured CAR values.',
  },
  {
    id: 'car-peak-day',
    label: 'Day of CAR peak',
    definition: 'When that peak was measured, counted from the infusion.',
  },
  {
    id: 'transplant-after',
    label: 'Transplant after CAR-T',
    definition: 'The first transplant after the infusion, counted from it. Plans do not count.',
  },
  {
    id: 'last-follow-up',
    label: 'Last follow-up',
    definition:
      'The death, if one is recorded, else the last follow-up, counted from the infusion.',
  },
  {
    id: 'status',
    label: 'Status at last follow-up',
    definition: 'The status recorded at that death or follow-up.',
  },
];

/** Label of a row by id. */
export function rowLabel(id: KeyIntervalId): string {
  return KEY_INTERVAL_ROWS.find((r) => r.id === id)!.label;
}
