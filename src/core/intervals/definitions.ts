import type { KeyIntervalId } from './types.ts';

/** A row of the table: its label and the rule that picks its facts, for the table's notes. */
export interface KeyIntervalRow {
  id: KeyIntervalId;
  label: string;
  definition: string;
}

/**
 * The rows in display order. Each label names the events it uses ("first relapse", "last relapse
 * before CAR-T"). "Infusion" is always the first CAR-T infusion in resolved order (rc.order), so
 * every "after" below means later than it in that order; every number comes from the tight bounds
 * of the case's temporal network.
 */
export const KEY_INTERVAL_ROWS: readonly KeyIntervalRow[] = [
  {
    id: 'diagnosis-to-relapse',
    label: 'Diagnosis → first relapse',
    definition:
      'From the first diagnosis to the first relapse recorded after it, before or after CAR-T (the cell says when it comes after).',
  },
  {
    id: 'relapse-to-infusion',
    label: 'Last relapse before CAR-T → infusion',
    definition:
      'From the relapse that led to CAR-T (the last relapse before the first CAR-T infusion) to that infusion.',
  },
  {
    id: 'infusion-to-cr',
    label: 'Infusion → first CR',
    definition:
      'To the first response after the infusion assessed as CR or CRi, or worded only as “remission” (said so in the cell).',
  },
  {
    id: 'infusion-to-mrd-negative',
    label: 'Infusion → first MRD negativity',
    definition:
      'To the first MRD-negative response after the infusion, or the first MRD result reported as undetectable or below detection, whichever comes first.',
  },
  {
    id: 'crs-onset',
    label: 'Infusion → first CRS onset',
    definition: 'To the onset of the first CRS after the infusion.',
  },
  {
    id: 'crs-grade',
    label: 'Highest CRS grade after infusion',
    definition: 'The highest CRS grade after the infusion, on the scale the source names.',
  },
  {
    id: 'icans',
    label: 'ICANS after infusion (highest grade)',
    definition:
      'Neurotoxicity after the infusion: the highest grade of its episodes, or “not observed” when the source says so.',
  },
  {
    id: 'gvhd',
    label: 'GVHD after infusion (highest grade)',
    definition:
      'GVHD after the infusion: the highest grade of its episodes, or “not observed” when the source says so.',
  },
  {
    id: 'car-peak',
    label: 'Peak CAR level',
    definition:
      'The value the source calls the peak; otherwise the largest of at least two measured CAR values.',
  },
  {
    id: 'car-peak-day',
    label: 'Infusion → CAR peak',
    definition: 'To the measurement of that peak.',
  },
  {
    id: 'transplant-after',
    label: 'Infusion → first transplant after it',
    definition: 'To the first transplant after the infusion. Plans do not count.',
  },
  {
    id: 'last-follow-up',
    label: 'Infusion → last follow-up or death',
    definition: 'To the death, if one is recorded, else to the last follow-up.',
  },
  {
    id: 'status',
    label: 'Status at last follow-up or death',
    definition: 'The status recorded at that death or follow-up.',
  },
];

/** Label of a row by id. */
export function rowLabel(id: KeyIntervalId): string {
  return KEY_INTERVAL_ROWS.find((r) => r.id === id)!.label;
}
