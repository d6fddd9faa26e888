import type { Case, Event } from '../format/index.ts';
import type { ResolvedCase } from '../time/types.ts';

/**
 * The case's events in resolved order (rc.order). An event the resolver did not place keeps its
 * file position after the placed ones, so no event ever disappears from a list.
 */
export function eventsInOrder(c: Case, rc: ResolvedCase): Event[] {
  const rank = new Map(rc.order.map((key, i) => [key, i]));
  const pos = (e: Event, fileIndex: number) => rank.get(e.id) ?? rc.order.length + fileIndex;
  return c.events
    .map((e, i) => ({ e, p: pos(e, i) }))
    .sort((a, b) => a.p - b.p)
    .map(({ e }) => e);
}
