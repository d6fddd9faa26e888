// Which events are a treatment given: what a toxicity's "treatedBy" may name. Tocilizumab and
// steroids are "therapy" events; etoposide for an HLH-like syndrome is chemotherapy, ruxolitinib
// for GVHD is immunotherapy (targeted); intubation for respiratory failure is mechanical
// ventilation. A CAR-T infusion or a transplant is a cellular therapy in its own right, never what
// treated a toxicity; apheresis collects cells and an ICU admission is where care happened, not
// what it was; diagnoses, assessments, toxicities, plans and "other" events are not treatments.
import type { Event } from './event.ts';

/** Event kinds that are a treatment given (all drawn in the "Therapies" lane). */
export const TREATMENT_KINDS = [
  'chemotherapy',
  'immunotherapy',
  'lymphodepletion',
  'therapy',
  'mechanical-ventilation',
] as const;

/** An event that is a treatment given. */
export type TreatmentEvent = Extract<Event, { kind: (typeof TREATMENT_KINDS)[number] }>;

const KINDS: ReadonlySet<string> = new Set(TREATMENT_KINDS);

/** True when the event is a treatment given, so a toxicity can name it in "treatedBy". */
export function isTreatment(e: Event): e is TreatmentEvent {
  return KINDS.has(e.kind);
}
