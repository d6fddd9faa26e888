import type { Case, OffsetTime } from '../format/index.ts';
import { calendarRange, precisionOf } from './calendarSpec.ts';
import { dayOfIso } from './days.ts';
import { endKey, timeNodes, type TimeNode } from './nodes.ts';
import { offsetDays, shiftCalendar } from './offset.ts';
import { sequenceNodes } from './sequence.ts';
import type { DayRange, Placement, ResolvedCase, ResolvedTime } from './types.ts';

type Problem = ResolvedCase['problems'][number];

/** Where a node sits relative to the root of its offset chain. */
interface Chain {
  root: string;
  fromRoot: { lo: number; hi: number; best: number };
  approximate: boolean;
  /** Calendar range, known at once when the chain ends in a date, month or year. */
  calendar: DayRange | null;
  error: boolean;
}

const ERROR_CHAIN = (key: string): Chain => ({
  root: key,
  fromRoot: { lo: 0, hi: 0, best: 0 },
  approximate: false,
  calendar: null,
  error: true,
});

const UNBOUNDED: DayRange = { lo: null, hi: null, best: null };

/** Key of the node an offset counts from. */
const parentOf = (o: OffsetTime) => (o.anchor === 'end' ? endKey(o.from) : o.from);

/**
 * Places every event and measurement point of a case in time: calendar bounds where the source
 * allows, days from the root of each offset chain, and one total order. Never invents a date:
 * order-only and undated times get bounds from their neighbours and no best estimate.
 */
export function resolveCase(c: Case): ResolvedCase {
  const nodes = timeNodes(c);
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const problems: Problem[] = [];
  const chains = resolveChains(nodes, byKey, problems);
  const bounds = orderBounds(byKey, chains);

  const times = new Map<string, ResolvedTime>();
  for (const n of nodes) {
    const ch = chains.get(n.key)!;
    const rootSpec = byKey.get(ch.root)?.spec;
    const placement = placementOf(n.key, ch, rootSpec?.kind);
    let calendar: DayRange = ch.calendar ?? UNBOUNDED;
    if (!ch.error && rootSpec?.kind === 'order') {
      const lo = bounds.lo(ch.root);
      const hi = bounds.hi(ch.root);
      calendar = {
        lo: lo === null ? null : lo + ch.fromRoot.lo,
        hi: hi === null ? null : hi + ch.fromRoot.hi,
        best: null,
      };
    }
    times.set(n.key, {
      key: n.key,
      placement,
      precision:
        placement === 'calendar'
          ? precisionOf(rootSpec!)
          : placement === 'relative'
            ? 'offset'
            : placement === 'order'
              ? 'order'
              : 'unknown',
      approximate: ch.approximate,
      calendar,
      root: ch.root,
      fromRoot: { ...ch.fromRoot },
      sequence: -1,
    });
  }

  const order = sequenceNodes(nodes, times, problems);
  order.forEach((key, i) => (times.get(key)!.sequence = i));

  const anchors = c.events
    .filter((e) => e.kind === 'diagnosis' || e.kind === 'transplant' || e.kind === 'car-t-infusion')
    .sort((a, b) => times.get(a.id)!.sequence - times.get(b.id)!.sequence)
    .map((e) => e.id);
  const firstInfusion = anchors.find(
    (id) => c.events.find((e) => e.id === id)?.kind === 'car-t-infusion',
  );
  return { times, order, anchors, defaultAnchor: firstInfusion ?? anchors[0] ?? null, problems };
}

function placementOf(key: string, ch: Chain, rootKind: string | undefined): Placement {
  if (ch.error || rootKind === undefined) return 'error';
  if (rootKind === 'date' || rootKind === 'month' || rootKind === 'year') return 'calendar';
  if (key !== ch.root) return 'relative';
  return rootKind === 'order' ? 'order' : 'unknown';
}

/** Follows offset chains to their roots, iteratively (chains can be long), reporting cycles and missing anchors. */
function resolveChains(nodes: TimeNode[], byKey: Map<string, TimeNode>, problems: Problem[]) {
  const chains = new Map<string, Chain>();
  for (const start of nodes) {
    const path: TimeNode[] = [];
    const onPath = new Set<string>();
    let n: TimeNode | undefined = start;
    while (n && !chains.has(n.key)) {
      if (onPath.has(n.key)) {
        const cycle = path.slice(path.indexOf(n));
        problems.push({
          code: 'offset-cycle',
          path: n.path,
          message: `offsets form a cycle: ${[...cycle.map((c) => c.key), n.key].join(' → ')}`,
        });
        for (const c of cycle) chains.set(c.key, ERROR_CHAIN(c.key));
        break;
      }
      onPath.add(n.key);
      path.push(n);
      if (n.spec.kind !== 'offset') break;
      n = byKey.get(parentOf(n.spec));
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const node = path[i]!;
      if (!chains.has(node.key)) chains.set(node.key, chainStep(node, byKey, chains, problems));
    }
  }
  return chains;
}

/** One link of a chain: a root, or its parent's chain shifted by the offset. */
function chainStep(
  n: TimeNode,
  byKey: Map<string, TimeNode>,
  chains: Map<string, Chain>,
  problems: Problem[],
): Chain {
  const spec = n.spec;
  if (spec.kind !== 'offset') {
    return {
      root: n.key,
      fromRoot: { lo: 0, hi: 0, best: 0 },
      approximate: false,
      calendar: calendarRange(spec),
      error: false,
    };
  }
  const parentKey = parentOf(spec);
  const parent = chains.get(parentKey);
  if (!byKey.has(parentKey) || !parent) {
    const hasStart = byKey.has(spec.from);
    problems.push({
      code: 'unknown-anchor',
      path: `${n.path}.from`,
      message: hasStart
        ? `"${spec.from}" has no end to count from`
        : `no event with id "${spec.from}" to count from`,
    });
    return ERROR_CHAIN(n.key);
  }
  if (parent.error) return ERROR_CHAIN(n.key);
  const d = offsetDays(spec);
  return {
    root: parent.root,
    fromRoot: {
      lo: parent.fromRoot.lo + d.lo,
      hi: parent.fromRoot.hi + d.hi,
      best: parent.fromRoot.best + d.best,
    },
    approximate: parent.approximate || spec.approximate === true,
    calendar: parent.calendar ? shiftCalendar(parent.calendar, spec) : null,
    error: false,
  };
}

/**
 * Calendar bounds of order-only roots, from the events they follow or precede (transitively)
 * and their notBefore / notAfter days. Memoised; a node met again while being bounded adds nothing.
 */
function orderBounds(byKey: Map<string, TimeNode>, chains: Map<string, Chain>) {
  const memo = { lo: new Map<string, number | null>(), hi: new Map<string, number | null>() };
  const busy = new Set<string>();

  const nodeBound = (key: string, side: 'lo' | 'hi'): number | null => {
    const ch = chains.get(key);
    if (!ch || ch.error) return null;
    if (ch.calendar) return ch.calendar[side];
    const rootSpec = byKey.get(ch.root)?.spec;
    if (rootSpec?.kind !== 'order') return null;
    const r = rootBound(ch.root, side);
    return r === null ? null : r + ch.fromRoot[side];
  };

  const rootBound = (root: string, side: 'lo' | 'hi'): number | null => {
    const cached = memo[side].get(root);
    if (cached !== undefined) return cached;
    const tag = `${side}:${root}`;
    if (busy.has(tag)) return null;
    busy.add(tag);
    const node = byKey.get(root)!;
    const spec = node.spec;
    const found: number[] = [];
    if (spec.kind === 'order') {
      const limit = side === 'lo' ? spec.notBefore : spec.notAfter;
      if (limit) found.push(dayOfIso(limit));
      for (const k of (side === 'lo' ? spec.after : spec.before) ?? []) {
        const b = nodeBound(k, side);
        if (b !== null) found.push(b);
      }
      // An end never precedes its own start.
      if (side === 'lo' && node.startKey) {
        const b = nodeBound(node.startKey, 'lo');
        if (b !== null) found.push(b);
      }
    }
    busy.delete(tag);
    const value =
      found.length === 0 ? null : side === 'lo' ? Math.max(...found) : Math.min(...found);
    memo[side].set(root, value);
    return value;
  };

  return {
    lo: (root: string) => rootBound(root, 'lo'),
    hi: (root: string) => rootBound(root, 'hi'),
  };
}
