import type { Case, Event } from '../format/index.ts';
import { placeNodes } from '../layout/place.ts';
import type { NodePlace } from '../layout/types.ts';
import type { ResolvedCase } from '../time/types.ts';
import { markerGlyph, markerKind } from './markerKind.ts';
import type { CohortMarker, MarkerPlace, OrderZone } from './types.ts';
import { placeText } from './words.ts';
import { statedWords } from '../time/describe.ts';
import { statedSides } from './statedSide.ts';

/** The case's first CAR-T infusion in resolved order (the swimmer plot's day 0), or null. */
export function firstInfusion(c: Case, rc: ResolvedCase): string | null {
  const infusions = new Set(c.events.filter((e) => e.kind === 'car-t-infusion').map((e) => e.id));
  return rc.order.find((k) => infusions.has(k)) ?? null;
}

const timed = (p: NodePlace | undefined): p is Extract<NodePlace, { kind: 'point' | 'window' }> =>
  p?.kind === 'point' || p?.kind === 'window';

/**
 * Bounds of an order-only event from the timed events its time names ("after the infusion,
 * before the 2023 follow-up"). Only stated neighbours count: the resolver's sequence also breaks
 * ties, and a tie-break is not a fact.
 */
function statedBounds(
  e: Event,
  places: ReadonlyMap<string, NodePlace>,
): { lo: number; hi: number } | null {
  if (e.time.kind !== 'order') return null;
  const after = (e.time.after ?? []).map((k) => places.get(k)).filter(timed);
  const before = (e.time.before ?? []).map((k) => places.get(k)).filter(timed);
  if (after.length === 0 || before.length === 0) return null;
  const lo = Math.max(...after.map((p) => p.lo));
  const hi = Math.min(...before.map((p) => p.hi));
  return lo <= hi ? { lo, hi } : null;
}

/**
 * Swimmer markers of a case, in resolved order, placed relative to `anchor` (the first infusion)
 * by the layout core: points and windows keep their days; an order-only event between two timed
 * events it names becomes a window between them; any other order-only event goes to the zone
 * on its side of the infusion, numbered in sequence.
 */
export function placeMarkers(c: Case, rc: ResolvedCase, anchor: string | null): CohortMarker[] {
  const places = placeNodes(rc, { mode: 'relative', anchor }, c);
  const anchorSeq = anchor === null ? Infinity : (rc.times.get(anchor)?.sequence ?? Infinity);
  const next: Record<OrderZone, number> = { before: 0, after: 0 };
  const out: CohortMarker[] = [];
  const byId = new Map(c.events.map((e) => [e.id, e]));
  const sides = anchor === null ? null : statedSides(c, anchor);
  // A bound may not cross day 0 against the stated order (a relapse "before the infusion").
  const clampLo = (k: string, lo: number) => (sides?.after.has(k) ? Math.max(lo, 0) : lo);
  const clampHi = (k: string, hi: number) => (sides?.before.has(k) ? Math.min(hi, 0) : hi);
  for (const key of rc.order) {
    const e = byId.get(key);
    const kind = e ? markerKind(e) : null;
    if (!e || !kind) continue;
    const sequence = rc.times.get(key)!.sequence;
    const p = places.get(key) ?? { kind: 'none' };
    let place: MarkerPlace;
    if (p.kind === 'point') {
      const lo = clampLo(key, p.lo);
      const hi = clampHi(key, p.hi);
      place = { ...p, lo, hi, day: Math.min(hi, Math.max(lo, p.day)) };
    } else if (p.kind === 'window')
      place = { kind: 'window', lo: clampLo(key, p.lo), hi: clampHi(key, p.hi), between: false };
    else if (p.kind === 'none') place = { kind: 'none' };
    else {
      const bounds = statedBounds(e, places);
      if (bounds) place = { kind: 'window', ...bounds, between: true };
      else {
        const zone: OrderZone = sequence < anchorSeq ? 'before' : 'after';
        place = { kind: 'order', zone, index: next[zone]++ };
      }
    }
    out.push({
      eventId: e.id,
      kind,
      label: e.label,
      glyph: markerGlyph(c, e, kind),
      place,
      sequence,
      placed: placeText(place),
      stated: statedWords(c, e.time),
      derived: e.provenance.basis === 'derived',
    });
  }
  return out;
}
