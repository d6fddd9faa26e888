// Log10 axes the way kinetics papers draw them: whole decades, a tick at each power of ten.

/** 10^k written exactly (Number('1e-3') is 0.001, unlike 10 ** -3 in some engines). */
const decade = (k: number) => Number(`1e${k}`);

/** The exponent of the largest power of ten not above v (guarding log10 rounding). */
function floorExp(v: number): number {
  let k = Math.floor(Math.log10(v));
  if (decade(k + 1) <= v) k += 1;
  if (decade(k) > v) k -= 1;
  return k;
}

/** The exponent of the smallest power of ten not below v. */
function ceilExp(v: number): number {
  const k = floorExp(v);
  return decade(k) === v ? k : k + 1;
}

/**
 * Powers of ten enclosing the positive values, at least two decades wide: a decade is added below
 * first (where a falling curve and the detection limit go), then above. Empty input: [1, 100].
 */
export function logDomain(values: number[]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [1, 100];
  let lo = floorExp(Math.min(...positive));
  let hi = ceilExp(Math.max(...positive));
  for (let below = true; hi - lo < 2; below = !below) {
    if (below) lo -= 1;
    else hi += 1;
  }
  return [decade(lo), decade(hi)];
}

/** Every power of ten from the domain's start to its end, inclusive. */
export function logTicks(domain: [number, number]): number[] {
  const [a, b] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  if (!(a > 0) || !Number.isFinite(b)) return [];
  const ticks: number[] = [];
  for (let k = ceilExp(a); k <= floorExp(b); k++) ticks.push(decade(k));
  return ticks;
}
