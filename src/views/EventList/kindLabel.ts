import type { EventKind } from '../../core/format/index.ts';

/** Display name of each event kind. A plan is named as an intention, never as something done. */
export const KIND_LABEL: Record<EventKind, string> = {
  diagnosis: 'Diagnosis',
  chemotherapy: 'Chemotherapy',
  immunotherapy: 'Immunotherapy',
  apheresis: 'Apheresis',
  lymphodepletion: 'Lymphodepletion',
  'icu-admission': 'ICU admission',
  'mechanical-ventilation': 'Mechanical ventilation',
  therapy: 'Therapy',
  transplant: 'Transplant',
  relapse: 'Relapse',
  'car-t-infusion': 'CAR-T infusion',
  response: 'Response',
  toxicity: 'Toxicity',
  death: 'Death',
  'follow-up': 'Follow-up',
  plan: 'Plan (intention, not an event)',
  other: 'Other',
};
