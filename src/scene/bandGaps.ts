/** A pixel range [x0, x1]. */
export type PxRange = readonly [number, number];

/**
 * The parts of [x0, x1] outside the given bands: an extent that runs across an order-only band is
 * drawn interrupted there, because the band's width is not time.
 */
export function outsideBands(x0: number, x1: number, bands: readonly PxRange[]): PxRange[] {
  let pieces: PxRange[] = [[Math.min(x0, x1), Math.max(x0, x1)]];
  for (const [b0, b1] of bands) {
    pieces = pieces.flatMap(([a, b]): PxRange[] => {
      if (b1 <= a || b0 >= b) return [[a, b]];
      const out: PxRange[] = [];
      if (b0 > a) out.push([a, b0]);
      if (b1 < b) out.push([b1, b]);
      return out;
    });
  }
  return pieces;
}
