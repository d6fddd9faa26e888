import type { Case, Event } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';

/** The events two cases can be aligned on. */
export const ANCHOR_KINDS = ['cart', 'diagnosis', 'transplant', 'relapse'] as const;

/** One of ANCHOR_KINDS. */
export type AnchorKind = (typeof ANCHOR_KINDS)[number];

/** How each anchor kind is named in controls and notes. */
export const ANCHOR_LABELS: Record<AnchorKind, string> = {
  cart: 'first CAR-T infusion',
  diagnosis: 'diagnosis',
  transplant: 'first transplant',
  relapse: 'relapse before CAR-T',
};

/** The event a case is aligned on, and whether it had to fall back to another kind. */
export interface CaseAnchor {
  /** Event id that is day 0 of the pane; null when the case has no anchor event at all. */
  id: string | null;
  /** The kind actually used (differs from the one asked for after a fallback). */
  kind: AnchorKind;
  /** True when the case has no event of the requested kind. */
  fallback: boolean;
}

/** Events in the case's resolved sequence (the resolver's total order honours every stated constraint). */
function inSequence(c: Case, rc: ResolvedCase): Event[] {
  const seq = (e: Event) => rc.times.get(e.id)?.sequence ?? Number.MAX_SAFE_INTEGER;
  return [...c.events].sort((a, b) => seq(a) - seq(b));
}

/**
 * The event of a kind a case is aligned on: the first CAR-T infusion, the first diagnosis, the first
 * transplant, or the last relapse before the first infusion (in sequence order, so order-only cases
 * qualify too). Plans never count: they are intentions.
 */
export function findAnchor(c: Case, rc: ResolvedCase, kind: AnchorKind): string | null {
  const events = inSequence(c, rc).filter((e) => rc.times.get(e.id)?.placement !== 'error');
  const first = (k: Event['kind']) => events.find((e) => e.kind === k)?.id ?? null;
  switch (kind) {
    case 'cart':
      return first('car-t-infusion');
    case 'diagnosis':
      return first('diagnosis');
    case 'transplant':
      return first('transplant');
    case 'relapse': {
      const cart = events.findIndex((e) => e.kind === 'car-t-infusion');
      const before = cart < 0 ? [] : events.slice(0, cart);
      return before.findLast((e) => e.kind === 'relapse')?.id ?? null;
    }
  }
}

/**
 * The anchor of a case for a requested kind. A case without such an event is aligned on its first
 * CAR-T infusion instead (the comparison's default) and says so; one without that either uses the
 * resolver's default anchor.
 */
export function caseAnchor(c: Case, rc: ResolvedCase, kind: AnchorKind): CaseAnchor {
  const id = findAnchor(c, rc, kind);
  if (id !== null) return { id, kind, fallback: false };
  if (kind !== 'cart') {
    const cart = findAnchor(c, rc, 'cart');
    if (cart !== null) return { id: cart, kind: 'cart', fallback: true };
  }
  return { id: rc.defaultAnchor, kind: 'cart', fallback: true };
}
