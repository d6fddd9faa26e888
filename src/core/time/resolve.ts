import type { Case, TimeSpec } from '../format/index.ts';
import { calendarRange, precisionOf } from './calendarSpec.ts';
import {
  caseConstraints,
  constraintWords,
  nodeName,
  STRENGTH,
  type TimeConstraint,
} from './constraints.ts';
import { TemporalNetwork } from './network.ts';
import { offsetParent, timeNodes, type TimeNode } from './nodes.ts';
import { offsetDays, shiftCalendar } from './offset.ts';
import { sequenceNodes } from './sequence.ts';
import { sourceDateRange } from './sourceDate.ts';
import type { DayRange, Placement, ResolvedCase, ResolvedTime, TimeBounds } from './types.ts';

type Problem = ResolvedCase['problems'][number];

/** Where a node sits relative to the root of its offset chain. */
interface Chain {
  root: string;
  fromRoot: { lo: number; hi: number; best: number };
  approximate: boolean;
  /** A range ("within 1 month") lies on the chain: bounds, and no best day. */
  ranged: boolean;
  /** Calendar range, known at once when the chain ends in a date, month or year. */
  calendar: DayRange | null;
  error: boolean;
}

const ERROR_CHAIN = (key: string): Chain => ({
  root: key,
  fromRoot: { lo: 0, hi: 0, best: 0 },
  approximate: false,
  ranged: false,
  calendar: null,
  error: true,
});

/**
 * Places every event and measurement point of a case in time: calendar bounds where the source
 * allows, days from the root of each offset chain, and one total order. Never invents a date:
 * order-only and undated times get bounds from their neighbours and no best estimate.
 */
export function resolveCase(c: Case): ResolvedCase {
  const nodes = timeNodes(c);
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const problems: Problem[] = [];
  const chains = resolveChains(c, nodes, byKey, problems);
  const bounds = networkOf(c, nodes, chains, problems);

  const times = new Map<string, ResolvedTime>();
  for (const n of nodes) {
    const ch = chains.get(n.key)!;
    const rootSpec = byKey.get(ch.root)?.spec;
    const placement = placementOf(n.key, ch, rootSpec);
    const [lo, hi] = bounds.calendar(n.key);
    // The chain's estimate stays only where the source gives one, and never outside the tight window.
    const best = ch.ranged ? null : (ch.calendar?.best ?? null);
    const calendar: DayRange = {
      lo,
      hi,
      best: best === null ? null : Math.min(Math.max(best, lo ?? best), hi ?? best),
    };
    times.set(n.key, {
      key: n.key,
      placement,
      precision:
        placement === 'calendar'
          ? rootSpec?.kind === 'source-date'
            ? calendar.lo === calendar.hi
              ? 'day'
              : 'year'
            : precisionOf(rootSpec!)
          : placement === 'relative'
            ? 'offset'
            : placement === 'order'
              ? 'order'
              : 'unknown',
      approximate: ch.approximate,
      ranged: ch.ranged,
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
  return {
    times,
    order,
    anchors,
    defaultAnchor: firstInfusion ?? anchors[0] ?? null,
    problems,
    bounds,
  };
}

/**
 * Builds the case's temporal network and reports each contradiction with the constraints on its
 * loop, in the curator's words. The weakest constraint of a loop is set aside so the rest resolves.
 */
function networkOf(
  c: Case,
  nodes: readonly TimeNode[],
  chains: Map<string, Chain>,
  problems: Problem[],
): TimeBounds {
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n.key, i + 1)); // 0 is the calendar origin
  // Nodes whose offsets already failed (a loop, a missing anchor) are reported; their constraints
  // would only repeat that report as a contradiction.
  const usable = nodes.filter((n) => !chains.get(n.key)?.error);
  const cs: TimeConstraint[] = caseConstraints(
    c,
    usable,
    index,
    (key) => chains.get(key)?.calendar ?? null,
  );
  const net = new TemporalNetwork(nodes.length + 1, cs, (ks) =>
    ks.reduce((a, b) => (STRENGTH[cs[b]!.kind] < STRENGTH[cs[a]!.kind] ? b : a)),
  );
  const specAt = new Map(nodes.map((n) => [n.key, n.spec] as [string, TimeSpec]));
  for (const loop of net.contradictions) {
    const ks = loop.constraints.map((k) => cs[k]!);
    // Point at the loosest stated constraint (an order before a date): the likeliest slip, and the
    // line the curator should look at first. Implied bounds are never where the mistake was typed.
    const stated = ks.filter((k) => k.kind !== 'reported');
    const lead = [...(stated.length ? stated : ks)].sort(
      (a, b) => STRENGTH[a.kind] - STRENGTH[b.kind],
    )[0]!;
    problems.push({
      code: 'time-contradiction',
      path: lead.path,
      message: ks.map((k) => constraintWords(c, k, specAt.get(k.node))).join('; '),
      constraints: ks.map((k) => ({ kind: k.kind, node: k.node, path: k.path })),
    });
  }
  // "+ 0" turns the −0 of a negated zero distance into 0.
  const side = (d: number) => (Number.isFinite(d) ? d + 0 : null);
  return {
    calendar(key) {
      const i = index.get(key);
      if (i === undefined) return [null, null];
      return [side(-net.upperTo(0)[i]!), side(net.upperFrom(0)[i]!)];
    },
    between(from, to) {
      const a = index.get(from);
      const b = index.get(to);
      if (a === undefined || b === undefined) return null;
      const [lo, hi] = net.between(a, b);
      return [side(lo), side(hi)];
    },
  };
}

function placementOf(key: string, ch: Chain, root: TimeSpec | undefined): Placement {
  if (ch.error || root === undefined) return 'error';
  // A chain from a date, month, year or dated source carries its calendar range.
  if (ch.calendar) return 'calendar';
  if (key !== ch.root) return 'relative';
  return root.kind === 'order' ? 'order' : 'unknown';
}

/** Follows offset chains to their roots, iteratively (chains can be long), reporting cycles and missing anchors. */
function resolveChains(
  c: Case,
  nodes: TimeNode[],
  byKey: Map<string, TimeNode>,
  problems: Problem[],
) {
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
          message: `offsets form a cycle: ${[...cycle.map((x) => x.key), n.key].map((k) => nodeName(c, k)).join(' → ')}`,
        });
        for (const c of cycle) chains.set(c.key, ERROR_CHAIN(c.key));
        break;
      }
      onPath.add(n.key);
      path.push(n);
      if (n.spec.kind !== 'offset') break;
      n = byKey.get(offsetParent(n.spec));
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const node = path[i]!;
      if (!chains.has(node.key)) chains.set(node.key, chainStep(c, node, byKey, chains, problems));
    }
  }
  return chains;
}

/** One link of a chain: a root, or its parent's chain shifted by the offset. */
function chainStep(
  c: Case,
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
      ranged: false,
      calendar: spec.kind === 'source-date' ? sourceDateRange(c, spec.source) : calendarRange(spec),
      error: false,
    };
  }
  const parentKey = offsetParent(spec);
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
    ranged: parent.ranged || (spec.amountMax !== undefined && spec.amountMax !== spec.amount),
    calendar: parent.calendar ? shiftCalendar(parent.calendar, spec) : null,
    error: false,
  };
}
