import type { Case } from '../format/index.ts';
import { endKey, timeNodes } from '../time/nodes.ts';

/**
 * Nodes the case states to lie before, and after, the anchor: through chains of order-only
 * "after"/"before", offset directions and period ends (the same constraints the resolver
 * sequences by, but without its tie-breaks). Used to keep a bound from crossing day 0 when the
 * source says on which side of the infusion the event lies.
 */
export function statedSides(c: Case, anchor: string): { before: Set<string>; after: Set<string> } {
  const succ = new Map<string, string[]>();
  const pred = new Map<string, string[]>();
  const edge = (from: string, to: string) => {
    if (from === to) return;
    (succ.get(from) ?? succ.set(from, []).get(from)!).push(to);
    (pred.get(to) ?? pred.set(to, []).get(to)!).push(from);
  };
  for (const n of timeNodes(c)) {
    const s = n.spec;
    if (s.kind === 'order') {
      for (const a of s.after ?? []) edge(a, n.key);
      for (const b of s.before ?? []) edge(n.key, b);
    } else if (s.kind === 'offset') {
      const parent = s.anchor === 'end' ? endKey(s.from) : s.from;
      if (s.amount >= 0) edge(parent, n.key);
      else if ((s.amountMax ?? s.amount) <= 0) edge(n.key, parent);
    }
    if (n.startKey) edge(n.startKey, n.key);
  }
  return { before: reach(anchor, pred), after: reach(anchor, succ) };
}

function reach(from: string, next: ReadonlyMap<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(next.get(from) ?? [])];
  while (stack.length > 0) {
    const k = stack.pop()!;
    if (seen.has(k) || k === from) continue;
    seen.add(k);
    stack.push(...(next.get(k) ?? []));
  }
  return seen;
}
