import type { Case, Event } from '../format/index.ts';
import { eventsInOrder } from '../summary/eventOrder.ts';
import type { ResolvedCase } from '../time/types.ts';

/** An event of one kind, narrowed. */
export type EventOf<K extends Event['kind']> = Extract<Event, { kind: K }>;

/** Position of a node in the resolved order; Infinity when the resolver did not place it. */
export function seq(rc: ResolvedCase, key: string): number {
  return rc.times.get(key)?.sequence ?? Infinity;
}

/** The case's events of one kind in resolved order. */
export function eventsOf<K extends Event['kind']>(
  c: Case,
  rc: ResolvedCase,
  kind: K,
): Array<EventOf<K>> {
  return eventsInOrder(c, rc).filter((e): e is EventOf<K> => e.kind === kind);
}

/**
 * The first CAR-T infusion in resolved order: the table's day 0. Picked here rather than taken
 * from rc.defaultAnchor, which falls back to other anchors when a case has no infusion.
 */
export function firstInfusion(c: Case, rc: ResolvedCase): EventOf<'car-t-infusion'> | null {
  return eventsOf(c, rc, 'car-t-infusion')[0] ?? null;
}

/** Nodes later than `key` in resolved order. */
export const isAfter = (rc: ResolvedCase, key: string, anchor: string) =>
  seq(rc, key) > seq(rc, anchor) && seq(rc, key) !== Infinity;

/** Nodes earlier than `key` in resolved order. */
export const isBefore = (rc: ResolvedCase, key: string, anchor: string) =>
  seq(rc, key) < seq(rc, anchor);
