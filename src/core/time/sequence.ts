import { MinHeap } from './heap.ts';
import { endKey, type TimeNode } from './nodes.ts';
import type { ResolvedCase, ResolvedTime } from './types.ts';

type Problem = ResolvedCase['problems'][number];

/**
 * One total order of all nodes that honours every stated constraint: order-only after/before,
 * offset direction, end after start, and calendar or same-chain times that cannot overlap.
 * Among nodes free to go next, the earliest known time wins, then the file's order.
 */
export function sequenceNodes(
  nodes: TimeNode[],
  times: Map<string, ResolvedTime>,
  problems: Problem[],
): string[] {
  const succ = new Map<string, string[]>();
  const indegree = new Map<string, number>(nodes.map((n) => [n.key, 0]));
  const preds = new Map<string, string[]>();
  const addEdge = (from: string, to: string) => {
    if (from === to || !indegree.has(from) || !indegree.has(to)) return;
    (succ.get(from) ?? succ.set(from, []).get(from)!).push(to);
    (preds.get(to) ?? preds.set(to, []).get(to)!).push(from);
    indegree.set(to, indegree.get(to)! + 1);
  };

  for (const n of nodes) {
    const s = n.spec;
    // A node whose time failed to resolve has been reported already; its edges would only echo that.
    if (times.get(n.key)!.placement === 'error') continue;
    if (s.kind === 'order') {
      for (const a of s.after ?? []) addEdge(a, n.key);
      for (const b of s.before ?? []) addEdge(n.key, b);
    } else if (s.kind === 'offset') {
      const parent = s.anchor === 'end' ? endKey(s.from) : s.from;
      if (s.amount >= 0) addEdge(parent, n.key);
      else if ((s.amountMax ?? s.amount) <= 0) addEdge(n.key, parent);
    }
    if (n.startKey) addEdge(n.startKey, n.key);
  }
  chainDisjoint(nodes, times, addEdge);

  const fileOrder = new Map(nodes.map((n) => [n.key, n.fileOrder]));
  const keyOf = new Map<string, number>();
  const heap = new MinHeap<string>((a, b) => {
    const ka = keyOf.get(a)!;
    const kb = keyOf.get(b)!;
    return ka !== kb ? ka < kb : fileOrder.get(a)! < fileOrder.get(b)!;
  });
  const release = (key: string) => {
    keyOf.set(key, sortKey(key, times, keyOf, preds, (succ.get(key)?.length ?? 0) > 0));
    heap.push(key);
  };
  for (const n of nodes) if (indegree.get(n.key) === 0) release(n.key);

  const order: string[] = [];
  while (heap.size > 0) {
    const key = heap.pop()!;
    order.push(key);
    for (const next of succ.get(key) ?? []) {
      const d = indegree.get(next)! - 1;
      indegree.set(next, d);
      if (d === 0) release(next);
    }
  }

  if (order.length < nodes.length) {
    const stuck = nodes.filter((n) => indegree.get(n.key)! > 0);
    problems.push({
      code: 'order-cycle',
      path: stuck[0]!.path,
      message: `order constraints contradict each other among: ${stuck
        .slice(0, 6)
        .map((n) => n.key)
        .join(', ')}${stuck.length > 6 ? ', …' : ''}`,
    });
    for (const n of stuck) order.push(n.key);
  }
  return order;
}

/**
 * Adds an edge between neighbours (sorted by best estimate) whose ranges cannot overlap, within
 * the calendar and within each undated chain. Neighbours only: O(n log n), and enough for the order.
 */
function chainDisjoint(
  nodes: TimeNode[],
  times: Map<string, ResolvedTime>,
  addEdge: (from: string, to: string) => void,
) {
  const groups = new Map<string, Array<{ key: string; lo: number; hi: number; best: number }>>();
  for (const n of nodes) {
    const t = times.get(n.key)!;
    if (t.placement === 'calendar') {
      const { lo, hi, best } = t.calendar;
      if (lo !== null && hi !== null && best !== null)
        push(groups, '#calendar', { key: n.key, lo, hi, best });
    } else if (t.placement === 'relative' || t.placement === 'order' || t.placement === 'unknown') {
      push(groups, t.root, { key: n.key, ...t.fromRoot });
    }
  }
  for (const list of groups.values()) {
    list.sort((a, b) => a.best - b.best);
    for (let i = 1; i < list.length; i++) {
      if (list[i - 1]!.hi < list[i]!.lo) addEdge(list[i - 1]!.key, list[i]!.key);
    }
  }
}

function push<T>(m: Map<string, T[]>, k: string, v: T) {
  (m.get(k) ?? m.set(k, []).get(k)!).push(v);
}

/**
 * The time used to pick among free nodes: its best calendar day; else its chain root's key plus
 * the offset; else its latest predecessor's key; else a bound. A node known only to precede
 * others starts a virtual clock at 0, so undated cases still order offsets by their days;
 * a node with no constraint at all goes last.
 */
function sortKey(
  key: string,
  times: Map<string, ResolvedTime>,
  keyOf: Map<string, number>,
  preds: Map<string, string[]>,
  hasSuccessors: boolean,
): number {
  const t = times.get(key)!;
  if (t.calendar.best !== null) return t.calendar.best;
  const rootKey = keyOf.get(t.root);
  if (t.root !== key && rootKey !== undefined) return rootKey + t.fromRoot.best;
  const before = (preds.get(key) ?? []).map((p) => keyOf.get(p)).filter((k) => k !== undefined);
  // "After X" sorts a hair after X, so a point stated at X's time goes first.
  if (before.length > 0) return Math.max(...before) + 1e-3;
  if (t.calendar.hi !== null) return t.calendar.hi;
  if (t.calendar.lo !== null) return t.calendar.lo;
  return hasSuccessors ? 0 : Number.POSITIVE_INFINITY;
}
