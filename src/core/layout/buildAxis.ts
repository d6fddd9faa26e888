import type { ResolvedCase } from '../time/types.ts';
import { ORDER_BAND_LABEL, durationWords } from './words.ts';
import type { Frame, NodePlace, Segment, TimeAxis } from './types.ts';

/** Default: empty stretches longer than a year are compressed. */
export const DEFAULT_BREAK_THRESHOLD_DAYS = 365;

type Span = { lo: number; hi: number };
type Piece = { kind: 'time'; d0: number; d1: number } | { kind: 'break'; d0: number; d1: number };
/** A run of consecutive slot nodes and the day it is inserted after (−∞: the axis start). */
type Band = { firstSlot: number; slots: number; x: number; owner?: number };

/** Day extent of a placed node, or null for slots and unplaced nodes. */
export function spanOf(p: NodePlace | undefined): Span | null {
  if (p?.kind === 'point') return { lo: Math.min(p.lo, p.day), hi: Math.max(p.hi, p.day) };
  if (p?.kind === 'window') return { lo: p.lo, hi: p.hi };
  return null;
}

/** One case's contribution to an axis: its resolved times and its node places in the frame. */
export interface AxisPart {
  rc: ResolvedCase;
  places: ReadonlyMap<string, NodePlace>;
}

/**
 * The piecewise axis of a frame: time segments around occupied days, compressed breaks over empty
 * stretches longer than the threshold, and order-only bands where runs of slot nodes fall in sequence.
 */
export function buildAxis(
  rc: ResolvedCase,
  places: ReadonlyMap<string, NodePlace>,
  frame: Frame,
  breakThresholdDays = DEFAULT_BREAK_THRESHOLD_DAYS,
): TimeAxis {
  return buildSharedAxis([{ rc, places }], frame, breakThresholdDays);
}

/**
 * One axis for several cases drawn in aligned frames (days from each case's own anchor), so a day
 * sits at the same u in every pane. Time and breaks come from the union of what the cases occupy;
 * each case's order-only bands keep their owner (its index in `parts`), because slot numbers are
 * per case. With one part no owner is set and the axis equals buildAxis's.
 */
export function buildSharedAxis(
  parts: readonly AxisPart[],
  frame: Frame,
  breakThresholdDays = DEFAULT_BREAK_THRESHOLD_DAYS,
): TimeAxis {
  const occupied = parts.flatMap((p) => occupiedSpans(p.rc, p.places));
  const clusters = mergeSpans(occupied, 0);
  const pieces = timePieces(mergeSpans(clusters, breakThresholdDays));
  const bands = parts.flatMap((p, i) =>
    orderBands(p.rc, p.places, clusters).map((b) => (parts.length > 1 ? { ...b, owner: i } : b)),
  );
  const timeLength = pieces.reduce((n, p) => n + (p.kind === 'time' ? p.d1 - p.d0 : 0), 0);
  const widths = {
    brk: Math.max(10, 0.04 * timeLength),
    slot: pieces.length === 0 ? 1 : Math.max(1, 0.06 * timeLength),
  };
  const segments = layOut(pieces, bands, widths);
  return { frame, segments, uMax: segments.length ? segments[segments.length - 1]!.u1 : 0 };
}

/** Every placed node's extent, plus whole periods whose start and end are both placed. */
function occupiedSpans(rc: ResolvedCase, places: ReadonlyMap<string, NodePlace>): Span[] {
  const spans: Span[] = [];
  for (const key of rc.order) {
    const s = spanOf(places.get(key));
    if (!s) continue;
    spans.push(s);
    if (key.endsWith('#end')) {
      const start = spanOf(places.get(key.slice(0, -4)));
      if (start) spans.push({ lo: Math.min(start.lo, s.lo), hi: Math.max(start.hi, s.hi) });
    }
  }
  return spans;
}

/** Sorts and merges spans whose gap is at most `gap` days (0: touching or overlapping). */
function mergeSpans(spans: Span[], gap: number): Span[] {
  const sorted = [...spans].sort((a, b) => a.lo - b.lo);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.lo - last.hi <= gap) last.hi = Math.max(last.hi, s.hi);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Time pieces around each group of clusters, padded at the ends (5 % of the drawn time, at least a
 * week; ±30 days when everything sits on one day), with a break between groups. The break keeps a
 * margin of time on both sides so marks at a group's edge do not touch it.
 */
function timePieces(groups: Span[]): Piece[] {
  if (groups.length === 0) return [];
  const drawn = groups.reduce((n, g) => n + g.hi - g.lo, 0);
  const pad = drawn === 0 ? 30 : Math.max(7, Math.round(0.05 * drawn));
  const pieces: Piece[] = [];
  let d0 = groups[0]!.lo - pad;
  groups.forEach((g, i) => {
    const next = groups[i + 1];
    if (!next) {
      pieces.push({ kind: 'time', d0, d1: g.hi + pad });
      return;
    }
    const margin = Math.min(pad, Math.floor((next.lo - g.hi) / 4));
    pieces.push({ kind: 'time', d0, d1: g.hi + margin });
    pieces.push({ kind: 'break', d0: g.hi + margin, d1: next.lo - margin });
    d0 = next.lo - margin;
  });
  return pieces;
}

/**
 * Runs of consecutive slot nodes in sequence. Each run goes after its last placed predecessor: at
 * the end of the occupied cluster around it when no later placed node starts before that (so no
 * span is cut), else right at the predecessor's last possible day.
 */
function orderBands(
  rc: ResolvedCase,
  places: ReadonlyMap<string, NodePlace>,
  clusters: Span[],
): Band[] {
  const runs: Array<{ firstSlot: number; slots: number; after: Span | null; next: number }> = [];
  const placedLo: number[] = [];
  let run: (typeof runs)[number] | null = null;
  let last: Span | null = null;
  for (const key of rc.order) {
    const p = places.get(key);
    if (p?.kind === 'slot') {
      if (!run) runs.push((run = { firstSlot: p.slot, slots: 0, after: last, next: -1 }));
      run.slots++;
      continue;
    }
    const s = spanOf(p);
    if (!s) continue;
    if (run) run.next = placedLo.length;
    run = null;
    placedLo.push(s.lo);
    last = s;
  }
  // Earliest start among placed nodes from index i on: a band must not jump past any of them.
  const laterLo = new Array<number>(placedLo.length + 1).fill(Infinity);
  for (let i = placedLo.length - 1; i >= 0; i--)
    laterLo[i] = Math.min(placedLo[i]!, laterLo[i + 1]!);
  return runs.map((r) => ({
    firstSlot: r.firstSlot,
    slots: r.slots,
    x:
      r.after === null
        ? -Infinity
        : insertionDay(r.after.hi, clusters, laterLo[r.next < 0 ? placedLo.length : r.next]!),
  }));
}

function insertionDay(hi: number, clusters: Span[], laterLo: number): number {
  let a = 0;
  let b = clusters.length - 1;
  while (a < b) {
    const m = (a + b + 1) >> 1;
    if (clusters[m]!.lo <= hi) a = m;
    else b = m - 1;
  }
  const c = clusters[a];
  const end = c && c.lo <= hi && hi < c.hi ? c.hi : hi;
  return end < laterLo ? end : hi;
}

/** Lays pieces and bands end to end in u: 1 day = 1 u in time, fixed widths for breaks and slots. */
function layOut(pieces: Piece[], bands: Band[], w: { brk: number; slot: number }): Segment[] {
  const sorted = [...bands].sort(
    (a, b) => a.x - b.x || (a.owner ?? 0) - (b.owner ?? 0) || a.firstSlot - b.firstSlot,
  );
  const merged: Band[] = [];
  for (const b of sorted) {
    const prev = merged[merged.length - 1];
    if (
      prev &&
      prev.x === b.x &&
      prev.owner === b.owner &&
      prev.firstSlot + prev.slots === b.firstSlot
    )
      prev.slots += b.slots;
    else merged.push({ ...b });
  }
  const segments: Segment[] = [];
  let u = 0;
  const band = (b: Band) => {
    const u0 = u;
    u += b.slots * w.slot;
    const seg: Segment = {
      kind: 'order',
      firstSlot: b.firstSlot,
      slots: b.slots,
      u0,
      u1: u,
      label: ORDER_BAND_LABEL,
    };
    if (b.owner !== undefined) seg.owner = b.owner;
    segments.push(seg);
  };
  const time = (d0: number, d1: number) => {
    const u0 = u;
    u += d1 - d0;
    segments.push({ kind: 'time', d0, d1, u0, u1: u });
  };
  let i = 0;
  for (const piece of pieces) {
    if (piece.kind === 'break') {
      const u0 = u;
      u += w.brk;
      segments.push({ ...piece, u0, u1: u, label: durationWords(piece.d1 - piece.d0) });
      continue;
    }
    let d0 = piece.d0;
    for (; i < merged.length && merged[i]!.x <= piece.d1; i++) {
      const x = Math.max(d0, merged[i]!.x);
      if (x > d0 || segments.length > 0) time(d0, x);
      band(merged[i]!);
      d0 = x;
    }
    time(d0, piece.d1);
  }
  for (; i < merged.length; i++) band(merged[i]!);
  return segments;
}
