import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { TemporalNetwork, type DifferenceConstraint } from '../../../src/core/time/network.ts';
import { bruteBounds, floydWarshall, loopWeight, satisfies } from './stnOracle.ts';

// Every node of a small network is held in [−BOX, BOX] from node 0 by constraints of the network
// itself, so enumerating that box finds every solution and the brute force is exact.
const BOX = 10;
// Generous: the machine is shared; no test here is about speed.
const TIMEOUT = 120_000;

/** A bound of the network as a number, with −0 read as 0. */
const num = (x: number) => x + 0;
const pair = ([lo, hi]: [number, number]): [number, number] => [num(lo), num(hi)];

/** The box constraints of nodes 1..n−1 (indexes 0..n−2), then the given ones. */
const boxed = (n: number, cs: DifferenceConstraint[]): DifferenceConstraint[] => [
  ...Array.from({ length: n - 1 }, (_, i) => ({ from: 0, to: i + 1, lo: -BOX, hi: BOX })),
  ...cs,
];

/** One side of a bound: a slack of 0–4 days, or open (null) one time in five. */
const slack = fc.option(fc.nat(4), { nil: null, freq: 4 });

/**
 * Constraints that all hold at a hidden solution (node 0 at 0, the rest in [−5, 5]), each side
 * some slack away from it or open; self-constraints included. Sets like these are consistent.
 */
const aroundHidden = (n: number, maxLength: number) =>
  fc
    .record({
      hidden: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n - 1, maxLength: n - 1 }),
      picks: fc.array(
        fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1), below: slack, above: slack }),
        { maxLength },
      ),
    })
    .map(({ hidden, picks }) => {
      const x = [0, ...hidden];
      return picks.map(({ from, to, below, above }): DifferenceConstraint => {
        const d = x[to]! - x[from]!;
        return {
          from,
          to,
          lo: below === null ? -Infinity : d - below,
          hi: above === null ? Infinity : d + above,
        };
      });
    });

/** Constraints with no hidden solution: sides in [−8, 8], sometimes lo > hi, some open. */
const anyConstraints = (n: number, maxLength: number) =>
  fc.array(
    fc
      .record({
        from: fc.nat(n - 1),
        to: fc.nat(n - 1),
        lo: fc.option(fc.integer({ min: -8, max: 8 }), { nil: null, freq: 5 }),
        width: fc.option(fc.integer({ min: -2, max: 8 }), { nil: null, freq: 5 }),
      })
      .map(({ from, to, lo, width }): DifferenceConstraint => ({
        from,
        to,
        lo: lo ?? -Infinity,
        hi: width === null ? Infinity : (lo ?? 0) + width,
      })),
    { minLength: 1, maxLength },
  );

const smallN = fc.integer({ min: 2, max: 5 });

/** Small consistent sets: around a hidden solution, plus up to two free constraints that keep it consistent. */
const smallConsistent = smallN.chain((n) =>
  fc.record({
    n: fc.constant(n),
    cs: fc
      .tuple(aroundHidden(n, 8), anyConstraints(n, 2))
      .map(([cs, extra]) =>
        extra.reduce((acc, c) => (floydWarshall(n, boxed(n, [...acc, c])) ? [...acc, c] : acc), cs),
      ),
  }),
);

/** Mid-size consistent networks: a hidden solution in [−1000, 1000], bounds 0–50 days around it. */
const midConsistent = fc.integer({ min: 50, max: 200 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    cs: fc
      .record({
        hidden: fc.array(fc.integer({ min: -1000, max: 1000 }), {
          minLength: n,
          maxLength: n,
        }),
        picks: fc.array(
          fc.record({
            from: fc.nat(n - 1),
            to: fc.nat(n - 1),
            below: fc.option(fc.nat(50), { nil: null, freq: 3 }),
            above: fc.option(fc.nat(50), { nil: null, freq: 3 }),
          }),
          { minLength: n, maxLength: 3 * n },
        ),
      })
      .map(({ hidden, picks }) =>
        picks.map(({ from, to, below, above }): DifferenceConstraint => {
          const d = hidden[to]! - hidden[from]!;
          return {
            from,
            to,
            lo: below === null ? -Infinity : d - below,
            hi: above === null ? Infinity : d + above,
          };
        }),
      ),
  }),
);

/** Mid-size sets with many contradictions: random sides in [−100, 100], some lo > hi. */
const midAny = fc.integer({ min: 50, max: 200 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    cs: fc.array(
      fc
        .record({
          from: fc.nat(n - 1),
          to: fc.nat(n - 1),
          lo: fc.option(fc.integer({ min: -100, max: 100 }), { nil: null, freq: 4 }),
          width: fc.option(fc.integer({ min: -5, max: 100 }), { nil: null, freq: 4 }),
        })
        .map(({ from, to, lo, width }): DifferenceConstraint => ({
          from,
          to,
          lo: lo ?? -Infinity,
          hi: width === null ? Infinity : (lo ?? 0) + width,
        })),
      { minLength: n, maxLength: 3 * n },
    ),
  }),
);

/**
 * Checks every contradiction of a network: each loop is a negative loop of constraints chained
 * node to node, on constraints still in force when it was found, and the one `weakest` picks is
 * set aside; the solution then satisfies every other constraint. Returns the set-aside indexes.
 */
function checkContradictions(
  net: TemporalNetwork,
  cs: readonly DifferenceConstraint[],
  weakest: (ks: number[]) => number = (ks) => ks[ks.length - 1]!,
): Set<number> {
  const aside = new Set<number>();
  for (const loop of net.contradictions) {
    expect(loop.constraints.length).toBeGreaterThan(0);
    expect(new Set(loop.constraints).size).toBe(loop.constraints.length);
    for (const k of loop.constraints) {
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThan(cs.length);
      expect(aside.has(k)).toBe(false);
    }
    const w = loopWeight(cs, loop.constraints);
    expect(w, `loop ${JSON.stringify(loop.constraints)} does not chain`).not.toBeNull();
    expect(w!).toBeLessThan(0);
    aside.add(weakest([...loop.constraints]));
  }
  const x = net.solution();
  expect(x[0]).toBe(0);
  expect(satisfies(x, cs, (k) => aside.has(k))).toBe(true);
  // What is left is consistent: nothing more should have been set aside.
  expect(floydWarshall(net.n, cs, (k) => aside.has(k))).not.toBeNull();
  return aside;
}

describe('TemporalNetwork: tight bounds against brute force', () => {
  test.prop([smallConsistent], { numRuns: 150 })(
    'on small consistent sets, between(a, b) is exactly [min, max] of x[b] − x[a] over all solutions (sound and tight)',
    ({ n, cs }) => {
      const all = boxed(n, cs);
      const net = new TemporalNetwork(n, all);
      expect(net.contradictions).toEqual([]);
      const brute = bruteBounds(n, all, [-BOX, BOX]);
      expect(brute.count).toBeGreaterThan(0);
      for (let a = 0; a < n; a++)
        for (let b = 0; b < n; b++) {
          const [lo, hi] = net.between(a, b);
          // Soundness: every solution lies inside; tightness: both ends are attained.
          expect([a, b, num(lo), num(hi)]).toEqual([a, b, brute.lo(a, b), brute.hi(a, b)]);
        }
      expect(satisfies(net.solution(), all)).toBe(true);
    },
    TIMEOUT,
  );

  test.prop([smallConsistent], { numRuns: 150 })(
    'with open sides (no box), between(a, b) agrees with Floyd–Warshall, ±Infinity included, and holds every boxed solution',
    ({ n, cs }) => {
      const net = new TemporalNetwork(n, cs);
      expect(net.contradictions).toEqual([]);
      const fw = floydWarshall(n, cs)!;
      const brute = bruteBounds(n, cs, [-BOX, BOX]);
      for (let a = 0; a < n; a++)
        for (let b = 0; b < n; b++) {
          const [lo, hi] = net.between(a, b);
          expect([a, b, num(lo), num(hi)]).toEqual([a, b, num(-fw(b, a)), num(fw(a, b))]);
          if (brute.count === 0) continue;
          expect(brute.lo(a, b)).toBeGreaterThanOrEqual(lo);
          expect(brute.hi(a, b)).toBeLessThanOrEqual(hi);
        }
      expect(satisfies(net.solution(), cs)).toBe(true);
    },
    TIMEOUT,
  );

  test.prop([midConsistent], { numRuns: 25 })(
    'on mid-size consistent networks, between(a, b) agrees with Floyd–Warshall and holds the solution',
    ({ n, cs }) => {
      const net = new TemporalNetwork(n, cs);
      expect(net.contradictions).toEqual([]);
      const x = net.solution();
      expect(satisfies(x, cs)).toBe(true);
      const fw = floydWarshall(n, cs)!;
      // Collected, then compared once: an expect per pair costs more than the network.
      const got: number[][] = [];
      const want: number[][] = [];
      const outside: number[][] = [];
      for (let a = 0; a < n; a += 7)
        for (let b = 0; b < n; b++) {
          const [lo, hi] = net.between(a, b);
          got.push([a, b, num(lo), num(hi)]);
          want.push([a, b, num(-fw(b, a)), num(fw(a, b))]);
          const d = x[b]! - x[a]!;
          if (d < lo || d > hi) outside.push([a, b, d]);
        }
      expect(got).toEqual(want);
      expect(outside).toEqual([]);
      // upperFrom / upperTo are the rows and columns of the distance matrix.
      const s = n - 1;
      const from = net.upperFrom(s);
      const to = net.upperTo(s);
      for (let v = 0; v < n; v++) {
        expect(num(from[v]!)).toBe(num(fw(s, v)));
        expect(num(to[v]!)).toBe(num(fw(v, s)));
      }
    },
    TIMEOUT,
  );
});

describe('TemporalNetwork: antisymmetry', () => {
  /** between(a, b) against the negated, swapped between(b, a), each on fresh and on warm caches. */
  const checkAntisymmetry = (
    n: number,
    cs: DifferenceConstraint[],
    pairs: Array<[number, number]>,
  ) => {
    const warm = new TemporalNetwork(n, cs);
    for (const [a, b] of pairs) {
      const ab = pair(new TemporalNetwork(n, cs).between(a, b));
      const ba = pair(new TemporalNetwork(n, cs).between(b, a));
      expect([a, b, ...ab]).toEqual([a, b, num(-ba[1]), num(-ba[0])]);
      // The same network answers from either end's cache.
      expect(pair(warm.between(a, b))).toEqual(ab);
      expect(pair(warm.between(b, a))).toEqual(ba);
    }
    // Only b's distances cached: between(a, b) is read from them.
    for (const [a, b] of pairs) {
      const net = new TemporalNetwork(n, cs);
      net.upperFrom(b);
      expect(pair(net.between(a, b))).toEqual(pair(new TemporalNetwork(n, cs).between(a, b)));
    }
    for (let a = 0; a < n; a += Math.max(1, n >> 3))
      expect(pair(warm.between(a, a))).toEqual([0, 0]);
  };

  test.prop([smallConsistent], { numRuns: 150 })(
    'on small networks, between(a, b) = −between(b, a) swapped, whichever end is cached',
    ({ n, cs }) => {
      const pairs: Array<[number, number]> = [];
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) pairs.push([a, b]);
      checkAntisymmetry(n, cs, pairs);
    },
    TIMEOUT,
  );

  test.prop(
    [
      midConsistent.chain(({ n, cs }) =>
        fc.record({
          n: fc.constant(n),
          cs: fc.constant(cs),
          pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { minLength: 1, maxLength: 12 }),
        }),
      ),
    ],
    { numRuns: 25 },
  )(
    'on mid-size networks (50–200 nodes), between(a, b) = −between(b, a) swapped',
    ({ n, cs, pairs }) => checkAntisymmetry(n, cs, pairs),
    TIMEOUT,
  );
});

describe('TemporalNetwork: contradictions', () => {
  test.prop([smallN.chain((n) => fc.record({ n: fc.constant(n), cs: anyConstraints(n, 7) }))], {
    numRuns: 300,
  })(
    'a set with no solution reports negative loops of chained constraints; a set with one reports none',
    ({ n, cs }) => {
      const all = boxed(n, cs);
      const net = new TemporalNetwork(n, all);
      const brute = bruteBounds(n, all, [-BOX, BOX]);
      if (brute.count > 0) {
        expect(net.contradictions).toEqual([]);
        return;
      }
      expect(net.contradictions.length).toBeGreaterThan(0);
      const aside = checkContradictions(net, all);
      // After setting those aside, the bounds are tight for the constraints left: by brute force
      // while the box still holds (its constraints are the first n − 1), else by Floyd–Warshall.
      const left = all.filter((_, k) => !aside.has(k));
      const boxHolds = [...aside].every((k) => k >= n - 1);
      const rest = boxHolds ? bruteBounds(n, left, [-BOX, BOX]) : null;
      if (rest) expect(rest.count).toBeGreaterThan(0);
      const fw = floydWarshall(n, left)!;
      for (let a = 0; a < n; a++)
        for (let b = 0; b < n; b++) {
          const got = [a, b, ...pair(net.between(a, b))];
          expect(got).toEqual([a, b, num(-fw(b, a)), num(fw(a, b))]);
          if (rest) expect(got).toEqual([a, b, rest.lo(a, b), rest.hi(a, b)]);
        }
    },
    TIMEOUT,
  );

  test.prop(
    [
      smallN.chain((n) =>
        fc.record({ n: fc.constant(n), cs: anyConstraints(n, 7), pick: fc.nat(1000) }),
      ),
    ],
    { numRuns: 200 },
  )('the constraint `weakest` picks from each loop is the one set aside', ({ n, cs, pick }) => {
    const all = boxed(n, cs);
    const weakest = (ks: number[]) => ks[pick % ks.length]!;
    const net = new TemporalNetwork(n, all, weakest);
    const consistent = bruteBounds(n, all, [-BOX, BOX]).count > 0;
    expect(net.contradictions.length > 0).toBe(!consistent);
    checkContradictions(net, all, weakest);
  });

  test.prop([midAny], { numRuns: 25 })(
    'on mid-size sets with many contradictions, every loop is negative and chained, and the rest is solved',
    ({ n, cs }) => {
      const net = new TemporalNetwork(n, cs);
      const aside = checkContradictions(net, cs);
      expect(net.contradictions.length > 0).toBe(floydWarshall(n, cs) === null);
      const fw = floydWarshall(n, cs, (k) => aside.has(k))!;
      for (let b = 0; b < n; b++)
        expect([b, ...pair(net.between(0, b))]).toEqual([b, num(-fw(b, 0)), num(fw(0, b))]);
    },
    TIMEOUT,
  );
});
