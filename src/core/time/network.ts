// A Simple Temporal Network (Dechter, Meiri & Pearl 1991): time points and difference constraints
// x[to] − x[from] ∈ [lo, hi]. The tight bounds of any difference are shortest-path distances in
// the distance graph; a negative cycle is a contradiction. Distances come from one Bellman–Ford
// pass for a feasible potential, then Dijkstra per source on reweighted edges (Johnson), so a
// case of 20,000 points costs a few linear-ish passes per anchor shown, never all pairs.
import { MinHeap } from './heap.ts';

/** One difference constraint: x[to] − x[from] lies in [lo, hi] (±Infinity when open). */
export interface DifferenceConstraint {
  from: number;
  to: number;
  lo: number;
  hi: number;
}

/** A contradiction: the constraints (by index) whose sum of bounds is negative around a loop. */
export interface NegativeCycle {
  constraints: number[];
}

/** Adjacency in compressed rows: edges of node v are [start[v], start[v + 1]). */
interface Csr {
  start: Int32Array;
  to: Int32Array;
  weight: Float64Array;
  constraint: Int32Array;
}

/**
 * Builds the distance graph: an edge u→v of weight w says x[v] − x[u] ≤ w. `reverse` swaps every
 * edge's ends, so shortest paths from s in it are distances *to* s in the forward graph.
 */
function buildCsr(
  n: number,
  cs: readonly DifferenceConstraint[],
  active: Uint8Array,
  reverse: boolean,
): Csr {
  const count = new Int32Array(n + 1);
  const each = (visit: (u: number, v: number, w: number, k: number) => void) => {
    cs.forEach((c, k) => {
      if (!active[k]) return;
      if (c.hi !== Infinity) visit(c.from, c.to, c.hi, k);
      if (c.lo !== -Infinity) visit(c.to, c.from, -c.lo, k);
    });
  };
  each((u, v) => count[(reverse ? v : u) + 1]!++);
  for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
  const m = count[n]!;
  const csr: Csr = {
    start: count,
    to: new Int32Array(m),
    weight: new Float64Array(m),
    constraint: new Int32Array(m),
  };
  const fill = Int32Array.from(count.subarray(0, n));
  each((u, v, w, k) => {
    const [a, b] = reverse ? [v, u] : [u, v];
    const e = fill[a]!++;
    csr.to[e] = b;
    csr.weight[e] = w;
    csr.constraint[e] = k;
  });
  return csr;
}

/**
 * A feasible potential (a solution of every constraint) by queue-based Bellman–Ford from a virtual
 * source tied to every node with weight 0, or the first negative cycle met.
 */
function potentialOrCycle(n: number, g: Csr): { h: Float64Array } | { cycle: number[] } {
  const h = new Float64Array(n); // all 0: the virtual source's edges
  const hops = new Int32Array(n);
  const predEdge = new Int32Array(n).fill(-1);
  const predNode = new Int32Array(n).fill(-1);
  const queued = new Uint8Array(n).fill(1);
  const queue: number[] = Array.from({ length: n }, (_, i) => i);
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    queued[u] = 0;
    for (let e = g.start[u]!; e < g.start[u + 1]!; e++) {
      const v = g.to[e]!;
      const d = h[u]! + g.weight[e]!;
      if (d >= h[v]!) continue;
      h[v] = d;
      predEdge[v] = e;
      predNode[v] = u;
      hops[v] = hops[u]! + 1;
      // A shortest path with n edges repeats a node: the predecessor chain holds a negative loop.
      if (hops[v]! >= n) {
        const cycle = cycleThrough(v, predNode, predEdge, g);
        if (cycle) return { cycle };
      }
      if (!queued[v]) {
        queued[v] = 1;
        queue.push(v);
      }
    }
    // Keep the queue array from growing without bound on long runs.
    if (head > 65_536 && head * 2 > queue.length) {
      queue.splice(0, head + 1);
      head = -1;
    }
  }
  return { h };
}

/**
 * The loop on v's predecessor chain, as constraint indexes, or null when the chain ends at a root
 * (hop counts can be stale; a loop in the predecessor graph is always a negative one).
 */
function cycleThrough(
  v: number,
  predNode: Int32Array,
  predEdge: Int32Array,
  g: Csr,
): number[] | null {
  const seen = new Set<number>();
  let x = v;
  while (x !== -1 && !seen.has(x)) {
    seen.add(x);
    x = predNode[x]!;
  }
  if (x === -1) return null;
  const out: number[] = [];
  let y = x;
  do {
    out.push(g.constraint[predEdge[y]!]!);
    y = predNode[y]!;
  } while (y !== x);
  return [...new Set(out.reverse())];
}

/** Shortest distances from s on edges reweighted by the potential (all ≥ 0), returned unweighted. */
function dijkstra(n: number, g: Csr, h: Float64Array, s: number, sign: 1 | -1): Float64Array {
  const dist = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  dist[s] = 0;
  // Reduced distance of each queued entry is kept beside it so stale entries can be skipped.
  const heap = new MinHeap<[number, number]>((a, b) => a[0] < b[0]);
  heap.push([0, s]);
  while (heap.size > 0) {
    const [d, u] = heap.pop()!;
    if (done[u]) continue;
    done[u] = 1;
    for (let e = g.start[u]!; e < g.start[u + 1]!; e++) {
      const v = g.to[e]!;
      // Forward edge u→v: w + h[u] − h[v]. In the reversed graph the edge was v→u: w + h[v] − h[u].
      const nd = d + g.weight[e]! + sign * (h[u]! - h[v]!);
      if (nd < dist[v]!) {
        dist[v] = nd;
        heap.push([nd, v]);
      }
    }
  }
  for (let v = 0; v < n; v++) if (dist[v] !== Infinity) dist[v] = dist[v]! - sign * (h[s]! - h[v]!);
  return dist;
}

/** Tight bounds between the time points of a consistent network, computed per source on demand. */
export class TemporalNetwork {
  /** Loops of constraints that could not all hold; one constraint of each was set aside. */
  readonly contradictions: NegativeCycle[] = [];
  private readonly h: Float64Array;
  private readonly fwd: Csr;
  private readonly back: Csr;
  private readonly fromCache = new Map<number, Float64Array>();
  private readonly toCache = new Map<number, Float64Array>();

  /**
   * `n` time points and their constraints. On a contradiction, the constraint that `weakest` ranks
   * lowest on the loop is set aside and the rest is solved again, so every other bound still holds.
   */
  constructor(
    readonly n: number,
    readonly constraints: readonly DifferenceConstraint[],
    weakest: (constraintIndexes: number[]) => number = (ks) => ks[ks.length - 1]!,
  ) {
    const active = new Uint8Array(constraints.length).fill(1);
    for (;;) {
      const g = buildCsr(n, constraints, active, false);
      const r = potentialOrCycle(n, g);
      if ('h' in r) {
        this.h = r.h;
        this.fwd = g;
        break;
      }
      this.contradictions.push({ constraints: r.cycle });
      active[weakest(r.cycle)] = 0;
    }
    this.back = buildCsr(n, constraints, active, true);
  }

  /** Upper bounds of x[v] − x[s] for every v (Infinity: unbounded). */
  upperFrom(s: number): Float64Array {
    let d = this.fromCache.get(s);
    if (!d) this.fromCache.set(s, (d = dijkstra(this.n, this.fwd, this.h, s, 1)));
    return d;
  }

  /** Upper bounds of x[s] − x[v] for every v (so −value is the lower bound of x[v] − x[s]). */
  upperTo(s: number): Float64Array {
    let d = this.toCache.get(s);
    if (!d) this.toCache.set(s, (d = dijkstra(this.n, this.back, this.h, s, -1)));
    return d;
  }

  /** Tight bounds of x[b] − x[a]: [lo, hi], each ±Infinity when the network leaves it open. */
  between(a: number, b: number): [number, number] {
    // Distances from either end answer: reuse b's when only b's are at hand.
    if (!this.fromCache.has(a) && this.fromCache.has(b))
      return [-this.upperFrom(b)[a]!, this.upperTo(b)[a]!];
    return [-this.upperTo(a)[b]!, this.upperFrom(a)[b]!];
  }

  /** One solution of every active constraint (a feasible assignment, shifted so point 0 is 0). */
  solution(): Float64Array {
    const h0 = this.h[0] ?? 0;
    return this.h.map((x) => x - h0);
  }
}
