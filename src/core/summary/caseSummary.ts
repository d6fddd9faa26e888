import type { Case, Event } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import { eventsInOrder } from './eventOrder.ts';
import { diseaseText, patientText, type PatientText } from './patientText.ts';
import { productTargets, type TargetFact } from './targets.ts';

/** The event a card shows as the case's outcome so far. */
export interface KeyOutcome {
  eventId: string;
  kind: 'death' | 'follow-up' | 'response';
  label: string;
  /** True when the curator inferred the event rather than read it in the source. */
  derived: boolean;
  /** The curator's reasoning, when derived. */
  reason?: string;
}

/** Everything a library card says about one case. */
export interface CaseSummary {
  patient: PatientText;
  disease: string;
  targets: TargetFact[];
  outcome: KeyOutcome | null;
}

const OUTCOME_KINDS = new Set<Event['kind']>(['death', 'follow-up', 'response']);

/**
 * The key outcome: a death if the case records one (nothing comes after it, wherever an
 * order-only death was placed), else the latest follow-up or response in resolved order.
 * Plans never count. Null when the case records no outcome at all.
 */
export function keyOutcome(c: Case, rc: ResolvedCase): KeyOutcome | null {
  const outcomes = eventsInOrder(c, rc).filter((e) => OUTCOME_KINDS.has(e.kind));
  const deaths = outcomes.filter((e) => e.kind === 'death');
  const pick = (deaths.length > 0 ? deaths : outcomes).at(-1);
  if (!pick) return null;
  const prov = pick.provenance;
  return {
    eventId: pick.id,
    kind: pick.kind as KeyOutcome['kind'],
    label: pick.label,
    derived: prov.basis === 'derived',
    ...(prov.basis === 'derived' ? { reason: prov.reason } : {}),
  };
}

/** Patient, disease, CAR targets and key outcome of a case, for its library card. */
export function caseSummary(c: Case, rc: ResolvedCase): CaseSummary {
  return {
    patient: patientText(c.patient),
    disease: diseaseText(c.patient),
    targets: productTargets(c.products),
    outcome: keyOutcome(c, rc),
  };
}
