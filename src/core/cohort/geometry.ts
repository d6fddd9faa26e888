import { scaleLinear, scaleSymlog } from 'd3-scale';
import { cohortTicks, type CohortTick } from './ticks.ts';
import type { AxisScale, Cohort, CohortMarker, CohortRow, OrderZone } from './types.ts';

/** Symlog constant in days: distances stay nearly linear within the first week, logarithmic beyond. */
export const SYMLOG_DAYS = 7;
/** Width of one order-only slot, in pixels. */
export const SLOT_PX = 24;
const GAP_PX = 14;
const MIN_TICK_GAP_PX = 38;
/** Height of one swimmer row track, in pixels. */
export const ROW_PX = 44;
const LEVEL_Y = [22, 9, 35];
/** Room left of a bounds-only bracket for the glyph that names it. */
export const BRACKET_GLYPH_PX = 14;

/** Pixel columns of the chart: the order-only zones and the timed part between them. */
export interface CohortAxis {
  /** Width of the coordinate system, in pixels. */
  width: number;
  scale: AxisScale;
  /** Pixel extent and slot count of each order-only zone (0 slots: the zone is not drawn). */
  zones: Record<OrderZone, { x0: number; x1: number; slots: number }>;
  /** Pixel extent of the timed part. */
  time: { x0: number; x1: number };
  /** Pixel x of a day from the infusion (timed part only). */
  x: (day: number) => number;
  /** Ticks that fit without overlapping, with their pixel x. */
  ticks: Array<CohortTick & { x: number }>;
}

/**
 * The shared columns of every row: the "before" zone (order-only history), the timed part (days
 * from the infusion on a symlog or linear scale) and the "after" zone, sized for the widest zones.
 */
export function cohortAxis(cohort: Cohort, scale: AxisScale, width: number): CohortAxis {
  const zoneWidth = (slots: number) => (slots > 0 ? slots * SLOT_PX + 8 : 0);
  const bw = zoneWidth(cohort.zoneSlots.before);
  const aw = zoneWidth(cohort.zoneSlots.after);
  const before = { x0: 0, x1: bw, slots: cohort.zoneSlots.before };
  const after = { x0: width - aw, x1: width, slots: cohort.zoneSlots.after };
  const time = { x0: bw + (bw ? GAP_PX : 10), x1: width - aw - (aw ? GAP_PX : 10) };
  const [lo, hi] = cohort.domain;
  const s =
    scale === 'symlog'
      ? scaleSymlog().constant(SYMLOG_DAYS).domain([lo, hi]).range([time.x0, time.x1])
      : scaleLinear().domain([lo, hi]).range([time.x0, time.x1]);
  const x = (day: number) => s(day);
  const kept: Array<CohortTick & { x: number }> = [];
  for (const t of cohortTicks(lo, hi)) {
    const tx = x(t.day);
    if (kept.every((k) => Math.abs(k.x - tx) >= MIN_TICK_GAP_PX)) kept.push({ ...t, x: tx });
  }
  kept.sort((a, b) => a.day - b.day);
  return { width, scale, zones: { before, after }, time, x, ticks: kept };
}

/** Pixel geometry of one marker. */
export interface MarkerGeometry {
  /** The marker placed. */
  marker: CohortMarker;
  /** Glyph centre. */
  x: number;
  y: number;
  /** Whisker (uncertain point) or bracket (bounds only) span, in pixels, drawn at the glyph's y. */
  span: { x0: number; x1: number; kind: 'whisker' | 'bracket' } | null;
}

/** Pixel geometry of one row: its markers, the timed bar, and dotted order-only connectors. */
export interface RowGeometry {
  /** Markers in resolved order. */
  markers: MarkerGeometry[];
  /** The timed bar's pixel extent, or null when the row has no timed stretch. */
  bar: { x0: number; x1: number } | null;
  /** Dotted lines into the order-only zones: sequence, not time. */
  connectors: Array<{ x0: number; x1: number }>;
  /** Where the ongoing-response arrow starts, or null. */
  arrowX: number | null;
  /** Baseline y of the row's bar. */
  y: number;
}

/**
 * Places a row on the axis. Markers that would overlap move to another level (above, then below)
 * so that none hides another; order-only markers sit in their zone slot by sequence; a bracket
 * (bounds only) is named by its glyph just left of it, never by a glyph at a guessed day.
 */
export function rowGeometry(row: CohortRow, axis: CohortAxis): RowGeometry {
  const base = LEVEL_Y[0]!;
  const slotX = (zone: OrderZone, i: number) => axis.zones[zone].x0 + 4 + (i + 0.5) * SLOT_PX;
  const drawn = row.markers.flatMap((m): Array<Omit<MarkerGeometry, 'y'>> => {
    const p = m.place;
    switch (p.kind) {
      case 'point':
        return [
          {
            marker: m,
            x: axis.x(p.day),
            span: p.hi > p.lo ? { x0: axis.x(p.lo), x1: axis.x(p.hi), kind: 'whisker' } : null,
          },
        ];
      case 'window':
        return [
          {
            marker: m,
            // The glyph labels the bracket from outside its left end: it marks no day.
            x: axis.x(p.lo) - BRACKET_GLYPH_PX / 2,
            span: { x0: axis.x(p.lo), x1: axis.x(p.hi), kind: 'bracket' },
          },
        ];
      case 'order':
        return [{ marker: m, x: slotX(p.zone, p.index), span: null }];
      case 'none':
        return [];
    }
  });
  // Each item claims a horizontal extent: a glyph its width, a bracket its whole span plus the
  // glyph that labels it at its left end. Items whose extents meet go to different levels.
  const taken: Array<Array<[number, number]>> = LEVEL_Y.map(() => []);
  const extent = (g: Omit<MarkerGeometry, 'y'>): [number, number] =>
    g.span?.kind === 'bracket' ? [g.span.x0 - BRACKET_GLYPH_PX, g.span.x1] : [g.x - 7, g.x + 7];
  // The infusion (day 0, the row's anchor) first, then other glyphs, then brackets.
  const rank = (g: Omit<MarkerGeometry, 'y'>) =>
    g.marker.kind === 'infusion' && g.marker.place.kind === 'point'
      ? 0
      : g.span?.kind === 'bracket'
        ? 2
        : 1;
  const markers = [...drawn]
    .sort((a, b) => rank(a) - rank(b) || extent(a)[0] - extent(b)[0])
    .map((g) => {
      const [left, right] = extent(g);
      const free = (l: number) => taken[l]!.every(([a, b]) => right + 2 <= a || b + 2 <= left);
      let level = LEVEL_Y.findIndex((_, l) => free(l));
      if (level < 0)
        level = taken.reduce((best, t, l) => (t.length < taken[best]!.length ? l : best), 0);
      taken[level]!.push([left, right]);
      return { ...g, y: LEVEL_Y[level]! };
    });
  markers.sort((a, b) => a.marker.sequence - b.marker.sequence);
  const bar = row.bar ? { x0: axis.x(row.bar.from), x1: axis.x(row.bar.to) } : null;
  const connectors: RowGeometry['connectors'] = [];
  const t0 = bar?.x0 ?? axis.x(0);
  const t1 = bar?.x1 ?? axis.x(0);
  if (row.zoneCounts.before > 0) connectors.push({ x0: slotX('before', 0), x1: t0 });
  if (row.zoneCounts.after > 0)
    connectors.push({ x0: t1, x1: slotX('after', row.zoneCounts.after - 1) });
  const fu = markers.filter((g) => g.marker.kind === 'follow-up').at(-1);
  return { markers, bar, connectors, arrowX: row.ongoing && fu ? fu.x + 9 : null, y: base };
}
