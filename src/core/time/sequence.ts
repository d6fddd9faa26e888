import { MinHeap } from './heap.ts';
import { offsetParent, type TimeNode } from './nodes.ts';
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
  // Nodes by position, edges as position lists: the loop below runs once per node and edge on a
  // fresh page, where string-keyed maps cost more than the sort itself.
  const n = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node.key, i));
  const succ: number[][] = Array.from({ length: n }, () => []);
  const preds: number[][] = Array.from({ length: n }, () => []);
  const indegree = new Int32Array(n);
  const addEdge = (from: string, to: string) => {
    const a = index.get(from);
    const b = index.get(to);
    if (a === undefined || b === undefined || a === b) return;
    succ[a]!.push(b);
    preds[b]!.push(a);
    indegree[b]!++;
  };

  for (const node of nodes) {
    const s = node.spec;
    // A node whose time failed to resolve has been reported already; its edges would only echo that.
    if (times.get(node.key)!.placement === 'error') continue;
    if (s.kind === 'order') {
      for (const a of s.after ?? []) addEdge(a, node.key);
      for (const b of s.before ?? []) addEdge(node.key, b);
    } else if (s.kind === 'offset') {
      const parent = offsetParent(s);
      if (s.amount >= 0) addEdge(parent, node.key);
      else if ((s.amountMax ?? s.amount) <= 0) addEdge(node.key, parent);
    }
    if (node.startKey) addEdge(node.startKey, node.key);
  }
  chainDisjoint(nodes, times, addEdge);

  const fileOrder = Float64Array.from(nodes, (node) => node.fileOrder);
  // Sort key of each released node (NaN until released).
  const keyOf = new Float64Array(n).fill(NaN);
  const heap = new MinHeap<number>((a, b) =>
    keyOf[a] !== keyOf[b] ? keyOf[a]! < keyOf[b]! : fileOrder[a]! < fileOrder[b]!,
  );
  const release = (i: number) => {
    keyOf[i] = sortKey(nodes[i]!.key, times, index, keyOf, preds[i]!, succ[i]!.length > 0);
    heap.push(i);
  };
  for (let i = 0; i < n; i++) if (indegree[i] === 0) release(i);

  const order: string[] = [];
  while (heap.size > 0) {
    const i = heap.pop()!;
    order.push(nodes[i]!.key);
    for (const next of succ[i]!) if (--indegree[next]! === 0) release(next);
  }

  if (order.length < n) {
    const stuck = nodes.filter((_, i) => indegree[i]! > 0);
    problems.push({
      code: 'order-cycle',
      path: stuck[0]!.path,
      message: `order constraints contradict each other among: ${stuck
        .slice(0, 6)
        .map((node) => node.key)
        .join(', ')}${stuck.length > 6 ? ', …' : ''}`,
    });
    for (const node of stuck) order.push(node.key);
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
  index: ReadonlyMap<string, number>,
  keyOf: Float64Array,
  preds: readonly number[],
  hasSuccessors: boolean,
): number {
  const t = times.get(key)!;
  if (t.calendar.best !== null) return t.calendar.best;
  const root = index.get(t.root);
  const rootKey = root === undefined ? NaN : keyOf[root]!;
  if (t.root !== key && !Number.isNaN(rootKey)) return rootKey + t.fromRoot.best;
  let before = -Infinity;
  for (const p of preds) if (!Number.isNaN(keyOf[p]!)) before = Math.max(before, keyOf[p]!);
  // "After X" sorts a hair after X, so a point stated at X's time goes first.
  if (before !== -Infinity) return before + 1e-3;
  if (t.calendar.hi !== null) return t.calendar.hi;
  if (t.calendar.lo !== null) return t.calendar.lo;
  return hasSuccessors ? 0 : Number.POSITIVE_INFINITY;
}
