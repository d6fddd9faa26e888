import type { ResolvedCase } from '../time/types.ts';
import { ORDER_BAND_LABEL, durationWords, spanWords } from './words.ts';
import type { Frame, NodePlace, Segment, TimeAxis } from './types.ts';

/** Default: empty stretches longer than a year are compressed. */
export const DEFAULT_BREAK_THRESHOLD_DAYS = 365;

type Span = { lo: number; hi: number };
/** A span with the nodes at its ends, so a gap can be measured between the facts that bound it. */
type Bounded = Span & { first: NodeRef; last: NodeRef };
type NodeRef = { part: number; key: string };
type Piece =
  | { kind: 'time'; d0: number; d1: number }
  | { kind: 'break'; d0: number; d1: number; label: string };
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
  const occupied = parts.flatMap((p, i) => occupiedSpans(p.rc, p.places, i));
  const clusters = mergeSpans(occupied, 0);
  const pieces = timePieces(mergeSpans(clusters, breakThresholdDays), (a, b) =>
    gapWords(parts, a, b),
  );
  const bands = parts.flatMap((p, i) =>
    orderBands(p.rc, p.places).map((b) => (parts.length > 1 ? { ...b, owner: i } : b)),
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
function occupiedSpans(
  rc: ResolvedCase,
  places: ReadonlyMap<string, NodePlace>,
  part: number,
): Bounded[] {
  const spans: Bounded[] = [];
  for (const key of rc.order) {
    const s = spanOf(places.get(key));
    if (!s) continue;
    const ref = { part, key };
    spans.push({ ...s, first: ref, last: ref });
    if (key.endsWith('#end')) {
      const startKey = key.slice(0, -4);
      const start = spanOf(places.get(startKey));
      if (start)
        spans.push({
          lo: Math.min(start.lo, s.lo),
          hi: Math.max(start.hi, s.hi),
          first: { part, key: startKey },
          last: ref,
        });
    }
  }
  return spans;
}

/** Sorts and merges spans whose gap is at most `gap` days (0: touching or overlapping). */
function mergeSpans(spans: Bounded[], gap: number): Bounded[] {
  const sorted = [...spans].sort((a, b) => a.lo - b.lo);
  const out: Bounded[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.lo - last.hi <= gap) {
      if (s.hi > last.hi) {
        last.hi = s.hi;
        last.last = s.last;
      }
    } else out.push({ ...s });
  }
  return out;
}

/**
 * The length of an empty stretch in words, as the range the case allows between the last fact
 * before it and the first after it (tight bounds, so every frame words the same gap alike). On an
 * axis shared by cases the two facts may belong to different cases: then the drawn gap is all
 * that is known, and it is a lower bound ("≥ 5 years").
 */
function gapWords(parts: readonly AxisPart[], before: Bounded, after: Bounded): string {
  const a = before.last;
  const b = after.first;
  const drawn = after.lo - before.hi;
  if (a.part === b.part) {
    const r = parts[a.part]!.rc.bounds.between(a.key, b.key);
    if (r && r[0] !== null && r[1] !== null) {
      const lo = Math.max(r[0], drawn);
      return spanWords(lo, Math.max(lo, r[1])) ?? durationWords(lo);
    }
  }
  return `≥ ${durationWords(drawn).replace(/^≈ /, '')}`;
}

/**
 * Time pieces around each group of clusters, padded at the ends (5 % of the drawn time, at least a
 * week; ±30 days when everything sits on one day), with a break between groups. The break keeps a
 * margin of time on both sides so marks at a group's edge do not touch it.
 */
function timePieces(
  groups: Bounded[],
  words: (before: Bounded, after: Bounded) => string,
): Piece[] {
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
    pieces.push({ kind: 'break', d0: g.hi + margin, d1: next.lo - margin, label: words(g, next) });
    d0 = next.lo - margin;
  });
  return pieces;
}

/**
 * Runs of consecutive slot nodes in sequence, each with the last possible day of the placed node
 * before it (−∞: none). layOut puts a run after the time piece holding that day, never inside it.
 */
function orderBands(rc: ResolvedCase, places: ReadonlyMap<string, NodePlace>): Band[] {
  const runs: Band[] = [];
  let run: Band | null = null;
  let last = -Infinity;
  for (const key of rc.order) {
    const p = places.get(key);
    if (p?.kind === 'slot') {
      if (!run) runs.push((run = { firstSlot: p.slot, slots: 0, x: last }));
      run.slots++;
      continue;
    }
    const s = spanOf(p);
    if (!s) continue;
    run = null;
    last = Math.max(last, s.hi);
  }
  return runs;
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
  // Inside a timed stretch equal days take equal widths: a band never splits one. It goes after
  // the piece that holds its day, or before the first piece when it follows no placed node.
  let i = 0;
  for (const piece of pieces) {
    if (piece.kind === 'break') {
      const u0 = u;
      u += w.brk;
      segments.push({ ...piece, u0, u1: u });
      continue;
    }
    for (; i < merged.length && merged[i]!.x < piece.d0; i++) band(merged[i]!);
    time(piece.d0, piece.d1);
    for (; i < merged.length && merged[i]!.x <= piece.d1; i++) band(merged[i]!);
  }
  for (; i < merged.length; i++) band(merged[i]!);
  return segments;
}
