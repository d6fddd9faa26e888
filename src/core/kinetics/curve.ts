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
