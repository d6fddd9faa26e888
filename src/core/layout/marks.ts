import type { Case, Event, Point, Series } from '../format/index.ts';
import { glyphFor } from '../glyphs/index.ts';
import { formatValue } from '../kinetics/index.ts';
import { endKey, pointKey } from '../time/nodes.ts';
import type { ResolvedCase } from '../time/types.ts';
import { dayToU, slotToU, stretchOf } from './axisMap.ts';
import { spanOf } from './buildAxis.ts';
import type { LaneId, Mark, NodePlace, TimeAxis } from './types.ts';

/** What every mark of one layout needs: the case, its places in the frame, and the axis. */
export interface MarkContext {
  c: Case;
  rc: ResolvedCase;
  places: ReadonlyMap<string, NodePlace>;
  axis: TimeAxis;
  /** Sorted days at which order bands are inserted (a band sits after its day). */
  bandDays: number[];
  /** On an axis shared by several cases: this case's index, which owns its order bands. */
  owner?: number;
}

const NONE: NodePlace = { kind: 'none' };

/** Axis coordinates of a place: its mark position and the ends of its whisker or window. */
export function uOf(
  axis: TimeAxis,
  p: NodePlace,
  owner?: number,
): { at: number; lo: number; hi: number } {
  switch (p.kind) {
    case 'point':
      return { at: dayToU(axis, p.day), lo: dayToU(axis, p.lo), hi: dayToU(axis, p.hi) };
    case 'window': {
      const lo = dayToU(axis, p.lo);
      const hi = dayToU(axis, p.open ? Infinity : p.hi);
      return { at: (lo + hi) / 2, lo, hi };
    }
    case 'slot': {
      const u = slotToU(axis, p.slot, owner);
      return { at: u, lo: u, hi: u };
    }
    case 'none':
      return { at: 0, lo: 0, hi: 0 };
  }
}

/** The days after which order bands sit: each band follows the time segment it was cut from. */
export function bandDaysOf(axis: TimeAxis): number[] {
  const days: number[] = [];
  axis.segments.forEach((s, i) => {
    const prev = axis.segments[i - 1];
    if (s.kind === 'order' && prev && prev.kind !== 'order') days.push(prev.d1);
  });
  return days.sort((a, b) => a - b);
}

/** True when some band day x has lo ≤ x < hi: the extent is drawn across that band. */
function crosses(bandDays: number[], lo: number, hi: number): boolean {
  let a = 0;
  let b = bandDays.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (bandDays[m]! >= lo) b = m;
    else a = m + 1;
  }
  return a < bandDays.length && bandDays[a]! < hi;
}

/** Builds a mark in one object literal (one shape for all marks: 20,000 of them must stay cheap). */
function makeMark(
  ctx: MarkContext,
  key: string,
  lane: LaneId,
  end: NodePlace | undefined,
  what: Pick<Mark, 'glyph' | 'label' | 'derived' | 'plan' | 'absent'> & {
    eventId?: string;
    seriesId?: string;
    pointIndex?: number;
    row?: number;
  },
): Mark {
  const place = ctx.places.get(key) ?? NONE;
  const t = ctx.rc.times.get(key);
  const u = uOf(ctx.axis, place, ctx.owner);
  const drawnEnd = place.kind !== 'none' && end && end.kind !== 'none' ? end : undefined;
  const mark: Mark = {
    key,
    eventId: what.eventId,
    seriesId: what.seriesId,
    pointIndex: what.pointIndex,
    lane,
    row: what.row ?? 0,
    place,
    u: {
      at: u.at,
      end: drawnEnd ? uOf(ctx.axis, drawnEnd, ctx.owner).at : null,
      lo: u.lo,
      hi: u.hi,
    },
    glyph: what.glyph,
    label: what.label,
    placement: t?.placement ?? 'error',
    approximate: place.kind === 'point' ? place.approximate : (t?.approximate ?? false),
    derived: what.derived,
    plan: what.plan,
    absent: what.absent,
    endPlace: end,
    crossesBand: undefined,
    stretch: place.kind === 'point' ? stretchOf(ctx.axis, place.day) : -1,
  };
  const s = spanOf(place);
  const e = spanOf(drawnEnd);
  // An open window is drawn on to the axis end: every band after its first day lies across it.
  const reach = place.kind === 'window' && place.open ? Infinity : (s?.hi ?? 0);
  if (s && crosses(ctx.bandDays, Math.min(s.lo, e?.lo ?? s.lo), Math.max(reach, e?.hi ?? s.hi)))
    mark.crossesBand = true;
  return mark;
}

/** The mark of an event: a point or a period (carrying its end), in the given lane. */
export function eventMark(ctx: MarkContext, e: Event, lane: LaneId): Mark {
  const end = e.end ? (ctx.places.get(endKey(e.id)) ?? NONE) : undefined;
  return makeMark(ctx, e.id, lane, end, {
    eventId: e.id,
    glyph: glyphFor(ctx.c, { event: e }),
    label: e.label,
    derived: e.provenance.basis === 'derived',
    plan: e.kind === 'plan',
    absent: e.kind === 'toxicity' && !e.occurred,
  });
}

/** The mark of one measurement point, labelled with its value as printed. */
export function pointMark(
  ctx: MarkContext,
  s: Series,
  index: number,
  lane: LaneId,
  row: number,
): Mark {
  const p = s.points[index]!;
  return makeMark(ctx, pointKey(s.id, index), lane, undefined, {
    seriesId: s.id,
    pointIndex: index,
    row,
    glyph: glyphFor(ctx.c, { series: s, point: p }),
    label: valueLabel(s, p),
    derived: p.provenance.basis === 'derived',
    plan: false,
    absent: false,
  });
}

/** A point's value in words: censored values say so, missing values say they were not reported. */
export function valueLabel(s: Series, p: Point): string {
  if (p.value === undefined) {
    if (p.qualifier === 'undetectable') return 'undetectable';
    if (p.qualifier === 'below-detection') return 'below detection';
    if (p.qualifier === 'above-limit') return 'above the upper limit';
    return p.asPrinted ?? 'value not reported';
  }
  const v = formatValue(p.value, s.unit);
  if (p.qualifier === 'below-detection') return `< ${v} (below detection)`;
  if (p.qualifier === 'undetectable') return `undetectable (< ${v})`;
  if (p.qualifier === 'above-limit') return `> ${v} (above the upper limit)`;
  return p.qualifier === 'approximate' ? `≈ ${v}` : v;
}
