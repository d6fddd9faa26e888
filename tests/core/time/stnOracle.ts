// Independent oracles for difference constraints, for checking src/core/time/network.ts: brute
// force over integer assignments, Floyd–Warshall, and a check that a reported contradiction is a
// negative loop. Slow on purpose: plain loops, easy to trust.
import type { DifferenceConstraint } from '../../../src/core/time/network.ts';

/** Whether x satisfies every constraint (those with `skip(k)` true aside). */
export function satisfies(
  x: ArrayLike<number>,
  cs: readonly DifferenceConstraint[],
  skip: (k: number) => boolean = () => false,
): boolean {
  return cs.every((c, k) => {
    if (skip(k)) return true;
    const d = x[c.to]! - x[c.from]!;
    return d >= c.lo && d <= c.hi;
  });
}

/** Extremes of x[b] − x[a] over every integer solution in the box, found by enumeration. */
export interface BruteBounds {
  /** Number of solutions enumerated. */
  count: number;
  /** Whether some solution put some node on the box's edge (then the box may cut solutions off). */
  edge: boolean;
  /** Smallest x[b] − x[a] over the solutions (Infinity when there are none). */
  lo(a: number, b: number): number;
  /** Largest x[b] − x[a] over the solutions (−Infinity when there are none). */
  hi(a: number, b: number): number;
}

/**
 * Every integer assignment with x[0] = 0 and the other nodes in [min, max] that satisfies every
 * constraint, nodes assigned in index order with each node's range cut to what the constraints
 * with already-assigned nodes allow (forward checking: the same solutions, far fewer dead ends).
 */
export function bruteBounds(
  n: number,
  cs: readonly DifferenceConstraint[],
  [min, max]: [number, number],
): BruteBounds;
/** As above, or null when there are more than `budget` solutions and dead ends to visit. */
export function bruteBounds(
  n: number,
  cs: readonly DifferenceConstraint[],
  box: [number, number],
  budget: number,
): BruteBounds | null;
export function bruteBounds(
  n: number,
  cs: readonly DifferenceConstraint[],
  [min, max]: [number, number],
  budget = Infinity,
): BruteBounds | null {
  const lo = new Float64Array(n * n).fill(Infinity);
  const hi = new Float64Array(n * n).fill(-Infinity);
  let count = 0;
  let edge = false;
  // A constraint of a node on itself says 0 ∈ [lo, hi]: it holds for all or for none.
  const selfOk = cs.every((c) => c.from !== c.to || (c.lo <= 0 && 0 <= c.hi));
  // Constraints tying node i to an earlier node.
  const back: DifferenceConstraint[][] = Array.from({ length: n }, () => []);
  for (const c of cs) if (c.from !== c.to) back[Math.max(c.from, c.to)]!.push(c);
  const x = new Float64Array(n);
  const visit = () => {
    count++;
    for (let v = 1; v < n; v++) if (x[v] === min || x[v] === max) edge = true;
    for (let a = 0; a < n; a++)
      for (let b = 0; b < n; b++) {
        const d = x[b]! - x[a]!;
        if (d < lo[a * n + b]!) lo[a * n + b] = d;
        if (d > hi[a * n + b]!) hi[a * n + b] = d;
      }
  };
  let steps = 0;
  const place = (i: number) => {
    if (++steps > budget) return;
    if (i === n) return visit();
    let from = i === 0 ? 0 : min;
    let to = i === 0 ? 0 : max;
    for (const c of back[i]!) {
      // x[c.to] − x[c.from] ∈ [lo, hi], the other end already placed.
      if (c.to === i) {
        from = Math.max(from, x[c.from]! + c.lo);
        to = Math.min(to, x[c.from]! + c.hi);
      } else {
        from = Math.max(from, x[c.to]! - c.hi);
        to = Math.min(to, x[c.to]! - c.lo);
      }
    }
    for (let v = Math.ceil(from); v <= to; v++) {
      x[i] = v;
      place(i + 1);
    }
  };
  if (selfOk) place(0);
  if (steps > budget) return null;
  return {
    count,
    edge,
    lo: (a, b) => lo[a * n + b]!,
    hi: (a, b) => hi[a * n + b]!,
  };
}

/**
 * All-pairs shortest distances of the distance graph by Floyd–Warshall: d(u, v) is the tight upper
 * bound of x[v] − x[u]. Null when the constraints contradict each other (a negative loop).
 */
export function floydWarshall(
  n: number,
  cs: readonly DifferenceConstraint[],
  skip: (k: number) => boolean = () => false,
): ((u: number, v: number) => number) | null {
  const d = new Float64Array(n * n).fill(Infinity);
  for (let v = 0; v < n; v++) d[v * n + v] = 0;
  cs.forEach((c, k) => {
    if (skip(k)) return;
    if (c.hi < d[c.from * n + c.to]!) d[c.from * n + c.to] = c.hi;
    if (-c.lo < d[c.to * n + c.from]!) d[c.to * n + c.from] = -c.lo;
  });
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++) {
      const ik = d[i * n + k]!;
      if (ik === Infinity) continue;
      for (let j = 0; j < n; j++) {
        const w = ik + d[k * n + j]!;
        if (w < d[i * n + j]!) d[i * n + j] = w;
      }
    }
  for (let v = 0; v < n; v++) if (d[v * n + v]! < 0) return null;
  return (u, v) => d[u * n + v]!;
}

/**
 * The most negative weight of a closed loop that uses the given constraints in the given order,
 * each once, each as its upper side (from → to, weight hi) or its lower side (to → from, weight
 * −lo), every one starting where the previous one ended. A single constraint may also close a
 * loop with both its sides (hi − lo), as the network lists a two-edge loop on one constraint once.
 * Null when the constraints do not chain into a loop.
 */
export function loopWeight(
  cs: readonly DifferenceConstraint[],
  ks: readonly number[],
): number | null {
  const sides = (k: number): Array<[number, number, number]> => {
    const c = cs[k]!;
    const out: Array<[number, number, number]> = [];
    if (c.hi !== Infinity) out.push([c.from, c.to, c.hi]);
    if (c.lo !== -Infinity) out.push([c.to, c.from, -c.lo]);
    return out;
  };
  let best: number | null = null;
  const take = (w: number) => (best = best === null ? w : Math.min(best, w));
  if (ks.length === 1) {
    const c = cs[ks[0]!]!;
    if (Number.isFinite(c.hi) && Number.isFinite(c.lo)) take(c.hi - c.lo);
  }
  const walk = (i: number, start: number, at: number, w: number) => {
    if (i === ks.length) {
      if (at === start) take(w);
      return;
    }
    for (const [u, v, s] of sides(ks[i]!)) if (u === at) walk(i + 1, start, v, w + s);
  };
  if (ks.length > 0) for (const [u, v, s] of sides(ks[0]!)) walk(1, u, v, s);
  return best;
}
