import { curveMonotoneX, line } from 'd3-shape';

const path = line<{ x: number; y: number }>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveMonotoneX);

/**
 * SVG path through the quantified points (pixels), monotone in x so the curve never overshoots a
 * measured value; '' for fewer than two points, so one measurement never becomes an invented line.
 */
export function curvePath(points: Array<{ x: number; y: number }>): string {
  const drawable = points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .sort((a, b) => a.x - b.x);
  if (drawable.length < 2) return '';
  return path(drawable) ?? '';
}

/**
 * The points a curve needs to look the same inside [0, width] pixels: the ones in view plus two
 * beyond each edge (a monotone segment's shape depends on its neighbours' neighbours), and, where
 * more points than pixels remain, per pixel column only the first, lowest, highest and last. A long
 * series zoomed out then costs a path of a few thousand points at most, whatever its length.
 */
export function pointsForView<P extends { x: number; y: number }>(
  points: readonly P[],
  width: number,
): P[] {
  const sorted = points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .sort((a, b) => a.x - b.x);
  let i0 = sorted.findIndex((p) => p.x >= 0);
  if (i0 < 0) i0 = sorted.length;
  let i1 = sorted.length - 1;
  while (i1 >= 0 && sorted[i1]!.x > width) i1--;
  const cut = sorted.slice(Math.max(0, i0 - 2), Math.min(sorted.length, i1 + 3));
  if (cut.length <= width) return cut;
  const out: P[] = [];
  let j = 0;
  while (j < cut.length) {
    const col = Math.floor(cut[j]!.x);
    let k = j;
    let lo = j;
    let hi = j;
    while (k + 1 < cut.length && Math.floor(cut[k + 1]!.x) === col) {
      k++;
      if (cut[k]!.y < cut[lo]!.y) lo = k;
      if (cut[k]!.y > cut[hi]!.y) hi = k;
    }
    for (const i of [...new Set([j, lo, hi, k])].sort((a, b) => a - b)) out.push(cut[i]!);
    j = k + 1;
  }
  return out;
}
