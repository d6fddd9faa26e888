import type { Case, Event } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import { notReported } from './cells.ts';
import { fromInfusion } from './course.ts';
import { nodeEvidence } from './evidence.ts';
import { eventsOf, type EventOf } from './picks.ts';
import type { IntervalCell } from './types.ts';

type Outcome = EventOf<'death'> | EventOf<'follow-up'>;

/**
 * The last outcome: a death if the case records one (nothing is followed up after it, wherever an
 * order-only death sits), else the last follow-up in resolved order. Plans and responses never count.
 */
export function lastOutcome(c: Case, rc: ResolvedCase): Outcome | null {
  const deaths = eventsOf(c, rc, 'death');
  return deaths.at(-1) ?? eventsOf(c, rc, 'follow-up').at(-1) ?? null;
}

/** Last follow-up (or death), counted from the infusion. */
export function lastFollowUp(c: Case, rc: ResolvedCase, infusion: Event | null): IntervalCell {
  const last = lastOutcome(c, rc);
  if (!last) return notReported();
  if (!infusion)
    return notReported('The case records no CAR-T infusion.', [nodeEvidence(c, rc, last.id)]);
  return fromInfusion(c, rc, infusion, last.id, last.kind === 'death' ? 'death' : 'last follow-up');
}

const STATUS_TEXT = {
  'in-remission': 'in remission',
  alive: 'alive',
  relapsed: 'relapsed',
  dead: 'died',
} as const;

/**
 * The status at that outcome. A death the curator derived rather than read is "died — unconfirmed";
 * the reasoning of any derived outcome travels with its evidence's provenance.
 */
export function statusAtLast(c: Case, rc: ResolvedCase): IntervalCell {
  const last = lastOutcome(c, rc);
  if (!last) return notReported();
  const evidence = [nodeEvidence(c, rc, last.id)];
  const status = last.kind === 'death' ? 'dead' : last.status;
  if (status === 'unknown') {
    return notReported(`The source does not give the status (“${last.label}”).`, evidence);
  }
  const p = last.provenance;
  const cause = last.kind === 'death' && last.cause ? ` (${last.cause})` : '';
  const unconfirmed = last.kind === 'death' && p.basis === 'derived' ? ' — unconfirmed' : '';
  return {
    value: { kind: 'status', status },
    text: `${STATUS_TEXT[status]}${cause}${unconfirmed}`,
    evidence,
  };
}
