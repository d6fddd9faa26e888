import { curvePath, pointsForView, type KineticsSummary } from '../core/kinetics/index.ts';
import type { Mark } from '../core/layout/types.ts';
import type { KineticsY } from './kinetics.ts';

/** Above this many points a curve is cut to the view and to pixel resolution (pointsForView). */
const CURVE_CUT_MIN = 200;

/**
 * The path of a kinetics line through measured values at known days, one piece per timed
 * stretch: it never runs through a window's guessed middle, a compressed break or an order-only
 * band. A long series keeps only what shows at this zoom; short (curated) ones are drawn whole.
 * Empty when no two values can be joined or none is measured.
 */
export function kineticsCurve(
  marks: readonly Mark[],
  s: KineticsSummary,
  ys: KineticsY,
  x: (u: number) => number,
  plotW: number,
): string {
  const byIndex = new Map(s.points.map((p) => [p.pointIndex, p]));
  const runs = new Map<number, Array<{ x: number; y: number }>>();
  for (const m of marks) {
    const p = m.pointIndex === undefined ? undefined : byIndex.get(m.pointIndex);
    if (!p || p.censored || p.value === null || m.stretch < 0) continue;
    const run = runs.get(m.stretch) ?? runs.set(m.stretch, []).get(m.stretch)!;
    run.push({ x: x(m.u.at), y: ys.y(p.value) });
  }
  return [...runs.values()]
    .map((run) => curvePath(run.length > CURVE_CUT_MIN ? pointsForView(run, plotW) : run))
    .join('');
}
