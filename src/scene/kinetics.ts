import { scaleLinear, scaleLog } from 'd3-scale';
import { logDomain, superscript } from '../core/kinetics/index.ts';
import { kineticsSummary, type KineticsSummary } from '../core/kinetics/index.ts';
import type { Case } from '../core/format/index.ts';
import type { TimelineLayout } from '../core/layout/types.ts';
import type { ResolvedCase } from '../core/time/types.ts';

/** Pixel room above and below the data inside a kinetics track: the stats line, the floor's marks. */
export function kineticsPad(font: number): { top: number; bottom: number } {
  return { top: Math.ceil(font * 2.5), bottom: Math.ceil(font * 1.3) };
}

/** The y scale of one kinetics chart and its domain's floor, where censored results sit. */
export interface KineticsY {
  /** Value → pixel y. */
  y: (v: number) => number;
  /** Whole decades (log) or [0, nice max] (linear); domain[0] is the floor. */
  domain: [number, number];
  /** True for a log10 axis. */
  log: boolean;
}

/**
 * Log10 scale over whole decades enclosing the quantified values (core logDomain), or a linear
 * scale from 0 for series the source plots linearly. Results below detection are drawn at the
 * floor; results above the upper limit at that limit.
 * `shared` replaces the log domain when several charts must read on one scale (a comparison).
 */
export function kineticsY(
  s: KineticsSummary,
  top: number,
  height: number,
  shared?: [number, number],
  font = 12,
): KineticsY {
  const pad = kineticsPad(font);
  // A result above the upper limit sits at its limit, so the limit must be on the axis.
  const values = s.points
    .filter((p) => (!p.censored || p.above) && p.value !== null)
    .map((p) => p.value!);
  const range: [number, number] = [top + height - pad.bottom, top + Math.min(pad.top, height / 2)];
  if (s.scale === 'log') {
    const domain = shared ?? logDomain(values);
    const scale = scaleLog().domain(domain).range(range).clamp(true);
    return { y: (v) => scale(v), domain, log: true };
  }
  const max = Math.max(1, ...values);
  const scale = scaleLinear().domain([0, max]).nice().range(range);
  const d = scale.domain() as [number, number];
  return { y: (v) => scale(v), domain: d, log: false };
}

/** A log tick as kinetics papers print it: 1, 10, 100, then 10³, 10⁴ …; small ones 10⁻². */
export function decadeLabel(v: number): string {
  const k = Math.round(Math.log10(v));
  if (k >= 0 && k <= 2) return String(10 ** k);
  return `10${superscript(k)}`;
}

/** Kinetics summaries of a layout's kinetics tracks by series id, counted from `anchor` (an event id). */
export function kineticsSummaries(
  c: Case,
  rc: ResolvedCase,
  layout: TimelineLayout,
  anchor: string | null,
): Map<string, KineticsSummary> {
  const out = new Map<string, KineticsSummary>();
  for (const l of layout.lanes)
    if (l.id === 'kinetics')
      for (const t of l.tracks ?? [])
        out.set(t.seriesId, kineticsSummary(c, rc, t.seriesId, anchor ?? ''));
  return out;
}
