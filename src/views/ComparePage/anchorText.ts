import { ANCHOR_LABELS, type AnchorKind, type CaseAnchor } from '../../core/compare/index.ts';
import type { Case } from '../../core/format/index.ts';

/**
 * What day 0 of a pane is, in words: "Day 0: first CAR-T infusion (anti-CD7 CAR-T)". A case without
 * the requested kind says that it is aligned on something else, so no one reads a false alignment.
 */
export function anchorText(c: Case, asked: AnchorKind, anchor: CaseAnchor): string {
  const event = anchor.id === null ? undefined : c.events.find((e) => e.id === anchor.id);
  if (!event)
    return `No ${ANCHOR_LABELS[asked]} and no CAR-T infusion reported: shown in order only.`;
  const day0 = `Day 0: ${ANCHOR_LABELS[anchor.kind]} (${event.label})`;
  if (!anchor.fallback) return `${day0}.`;
  return `No ${ANCHOR_LABELS[asked]} reported for this case, so it is aligned on its ${ANCHOR_LABELS[anchor.kind]} instead. ${day0}.`;
}
