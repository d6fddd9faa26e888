import {
  curvePath,
  formatValue,
  pointsForView,
  type KineticsSummary,
} from '../../core/kinetics/index.ts';
import { logTicks } from '../../core/kinetics/index.ts';
import { placeLabels } from '../../core/layout/index.ts';
import type { Mark as MarkData } from '../../core/layout/types.ts';
import { Mark } from './Mark.tsx';
import type { NameLookup } from './model/markText.ts';
import type { PxRange } from './model/bandGaps.ts';
import { kineticsY, type KineticsY } from './model/kineticsScale.ts';
import { CHAR_W } from './model/sizes.ts';

/** Props of KineticsChart. */
export interface KineticsChartProps {
  /** Top of the track. */
  y: number;
  /** Height of the track. */
  height: number;
  /** Plot width. */
  width: number;
  /** The series read as kinetics (points, peak, Cmax/Tmax/AUC0–28 or why not). */
  summary: KineticsSummary;
  /** Every mark of the series (the curve runs through off-screen points too). */
  marks: readonly MarkData[];
  /** Keys of the marks in view. */
  visible: ReadonlySet<string>;
  /** u → pixel x. */
  x: (u: number) => number;
  /** Accessible names by mark key. */
  names: NameLookup;
  /** Key of the open mark. */
  selected: string | null;
  /** Id prefix of the glyph patterns. */
  defs: string;
  /** Order-only bands in pixels. */
  bands: readonly PxRange[];
  /** Opens a mark's details. */
  onOpen: (key: string) => void;
  /** A log domain shared with another chart (comparison); the series' own when absent. */
  domain?: [number, number];
}

const f = (n: number) => Math.round(n * 10) / 10;
/** Above this many points a curve is cut to the view and to pixel resolution (pointsForView). */
const CURVE_CUT_MIN = 200;
const sig3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** "peak 350,758 copies/μg, day 6": the value and the day since the anchor. */
export function peakText(s: KineticsSummary): string | null {
  if (!s.peak) return null;
  const v = formatValue(s.peak.value, s.unit);
  return s.peak.day === null ? `peak ${v}` : `peak ${v}, day ${s.peak.day}`;
}

/** The line under the kinetics title: Cmax, Tmax and AUC0–28 when computed, else why not. */
export function statsText(s: KineticsSummary): string {
  if (!s.enough || s.cmax === null || s.tmax === null || s.auc0_28 === null) return s.note;
  return `Cmax ${formatValue(s.cmax, s.unit)} · Tmax day ${s.tmax} · AUC0–28 ${sig3.format(s.auc0_28)} ${s.unit}·days`;
}

// Points by index per summary: a dense series looks one up per mark, thousands of times a frame.
const pointIndex = new WeakMap<KineticsSummary, Map<number, KineticsSummary['points'][number]>>();
function pointAt(s: KineticsSummary, index: number | undefined) {
  let map = pointIndex.get(s);
  if (!map) {
    map = new Map();
    for (const p of s.points) if (!map.has(p.pointIndex)) map.set(p.pointIndex, p);
    pointIndex.set(s, map);
  }
  return index === undefined ? undefined : map.get(index);
}

/** Pixel y of a point: its value, or the floor of the axis for censored and valueless results. */
function pointY(s: KineticsSummary, ys: KineticsY, index: number | undefined): number {
  const p = pointAt(s, index);
  return p && !p.censored && p.value !== null ? ys.y(p.value) : ys.y(ys.domain[0]);
}

/**
 * CAR kinetics the way papers plot them: log10 y axis (or the series' own linear one), points and
 * a monotone line through measured values, censored results as hollow marks on the floor, the peak
 * labelled. One point stays one point: no curve is invented.
 */
export function KineticsChart(props: KineticsChartProps) {
  const { y, height, width, summary: s, marks, x } = props;
  const ys = kineticsY(s, y, height, props.domain);
  const ticks = ys.log ? logTicks(ys.domain) : [ys.domain[0], ys.domain[1]];
  // The line joins measured values at known days only, one piece per timed stretch: it never runs
  // through a window's guessed middle, a compressed break or an order-only band.
  const runs = new Map<number, Array<{ x: number; y: number }>>();
  for (const m of marks) {
    const p = pointAt(s, m.pointIndex);
    if (!p || p.censored || p.value === null || m.stretch < 0) continue;
    const run = runs.get(m.stretch) ?? runs.set(m.stretch, []).get(m.stretch)!;
    run.push({ x: x(m.u.at), y: pointY(s, ys, m.pointIndex) });
  }
  // A long series keeps only what shows at this zoom; short (curated) ones are drawn whole.
  const line = [...runs.values()]
    .map((run) => curvePath(run.length > CURVE_CUT_MIN ? pointsForView(run, width) : run))
    .join('');
  const peakKey = s.peak ? marks.find((m) => m.pointIndex === s.peak!.pointIndex)?.key : undefined;
  const peak = peakText(s);
  const shown = marks.filter((m) => props.visible.has(m.key));
  const labels = placeLabels(
    shown
      .filter((m) => m.key === peakKey || pointCensored(s, m))
      .map((m) => ({
        key: m.key,
        x: Math.min(Math.max(x(m.u.at), 0), width),
        width: (m.key === peakKey ? peak!.length : m.label.length) * CHAR_W + 12,
        row: 0,
        priority: m.key === peakKey ? 2 : 1,
      })),
    width,
  );
  return (
    <g className="kinetics" data-series={s.seriesId}>
      {ticks.map((t) => (
        <path key={t} className="kinetics__grid" d={`M0,${f(ys.y(t))}H${f(width)}`} />
      ))}
      <path className="kinetics__floor" d={`M0,${f(ys.y(ys.domain[0]))}H${f(width)}`} />
      {line && <path className="kinetics__curve" d={line} data-curve={s.seriesId} />}
      {shown.map((m) => (
        <Mark
          key={m.key}
          mark={m}
          x={x}
          y={pointY(s, ys, m.pointIndex)}
          r={6}
          label={labels.find((l) => l.key === m.key)}
          text={m.key === peakKey ? peak! : m.label}
          name={props.names.get(m.key) ?? m.label}
          selected={props.selected === m.key}
          defs={props.defs}
          bands={props.bands}
          onOpen={props.onOpen}
        />
      ))}
      <text className="kinetics__stats" x={8} y={y + 14}>
        {statsText(s)}
      </text>
    </g>
  );
}

function pointCensored(s: KineticsSummary, m: MarkData): boolean {
  return pointAt(s, m.pointIndex)?.censored === true;
}
