/**
 * Area under a concentration–time curve by the linear-up/log-down trapezoidal rule: a rising or
 * flat segment is a straight line (linear trapezoid); a falling segment between two positive values
 * is taken as exponential decay (log trapezoid), which the linear rule would overestimate. Points
 * must be in day order; nothing is extrapolated before the first point or after the last.
 */
export function aucLinearUpLogDown(points: ReadonlyArray<{ day: number; value: number }>): number {
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const { day: t1, value: c1 } = points[i - 1]!;
    const { day: t2, value: c2 } = points[i]!;
    const dt = t2 - t1;
    if (dt <= 0) continue;
    area += c2 < c1 && c2 > 0 ? ((c1 - c2) * dt) / Math.log(c1 / c2) : ((c1 + c2) * dt) / 2;
  }
  return area;
}
