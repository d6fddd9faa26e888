import type { Case } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';
import { eventsOf, seq } from './picks.ts';
import type { IntervalCell, IntervalEvidence } from './types.ts';
import { ordinalWord } from './words.ts';

/** A cell for what the source does not report, with an optional reason and related facts. */
export function notReported(note?: string, evidence: IntervalEvidence[] = []): IntervalCell {
  return {
    value: { kind: 'not-reported' },
    text: 'not reported',
    ...(note ? { note } : {}),
    evidence,
  };
}

/** The cell with one more sentence in its note. */
export function withNote(cell: IntervalCell, note: string | undefined): IntervalCell {
  if (!note) return cell;
  return { ...cell, note: cell.note ? `${cell.note} ${note}` : note };
}

/**
 * "Recorded after the second CAR-T infusion; …" when a later infusion lies between
 * the first and this node, so a reader does not take the span for one from the nearer infusion.
 */
export function laterInfusionNote(c: Case, rc: ResolvedCase, key: string): string | undefined {
  const infusions = eventsOf(c, rc, 'car-t-infusion');
  const before = infusions.filter((e) => seq(rc, e.id) < seq(rc, key)).length;
  if (before < 2) return undefined;
  return `Recorded after the ${ordinalWord(before)} CAR-T infusion; the table counts from the first.`;
}
