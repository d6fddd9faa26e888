import type { Case } from '../format/index.ts';
import { placeNodes } from '../layout/place.ts';
import { relativeTo } from '../time/relative.ts';
import type { DayRange, ResolvedCase } from '../time/types.ts';
import { markerGlyph, markerKind } from './markerKind.ts';
import type { CohortMarker, MarkerPlace, OrderZone } from './types.ts';
import { placeText } from './words.ts';
import { statedWords } from '../time/describe.ts';

/** The case's first CAR-T infusion in resolved order (the swimmer plot's day 0), or null. */
export function firstInfusion(c: Case, rc: ResolvedCase): string | null {
  const infusions = new Set(c.events.filter((e) => e.kind === 'car-t-infusion').map((e) => e.id));
  return rc.order.find((k) => infusions.has(k)) ?? null;
}

/**
 * Days of a node from the anchor: the tight bounds of (node − anchor) from the case's temporal
 * network, the same bounds the key-intervals table reads; null without an anchor.
 */
function fromAnchor(rc: ResolvedCase, key: string, anchor: string | null): DayRange | null {
  if (anchor === null) return null;
  if (key === anchor) return { lo: 0, hi: 0, best: 0 };
  return relativeTo(rc, key, anchor);
}

/**
 * Swimmer markers of a case, in resolved order, placed relative to `anchor` (the first infusion)
 * by the tight bounds of their days from it (relativeTo, as the key intervals are):
 * - both bounds finite and a best estimate from the source: a point at that day, with its bounds
 *   as whiskers;
 * - both bounds finite and no estimate (an order-only event between timed ones, an offset from an
 *   undated event): a window over exactly those bounds, however wide, never a point;
 * - a side unbounded: the order-only zone on its side of the infusion, numbered in sequence;
 * - no time and no order (layout's "none"): not drawn, named in the row's notes.
 * So no marker is ever drawn outside its tight window.
 */
export function placeMarkers(c: Case, rc: ResolvedCase, anchor: string | null): CohortMarker[] {
  // The layout decides only what has no place at all; every day below comes from fromAnchor.
  const places = placeNodes(rc, { mode: 'relative', anchor }, c);
  const anchorTime = anchor === null ? undefined : rc.times.get(anchor);
  const anchorSeq = anchorTime?.sequence ?? Infinity;
  const next: Record<OrderZone, number> = { before: 0, after: 0 };
  const out: CohortMarker[] = [];
  const byId = new Map(c.events.map((e) => [e.id, e]));
  for (const key of rc.order) {
    const e = byId.get(key);
    const kind = e ? markerKind(e) : null;
    if (!e || !kind) continue;
    const t = rc.times.get(key)!;
    const r = fromAnchor(rc, key, anchor);
    let place: MarkerPlace;
    if ((places.get(key) ?? { kind: 'none' }).kind === 'none') place = { kind: 'none' };
    else if (r && r.lo !== null && r.hi !== null) {
      const { lo, hi, best } = r;
      place =
        best !== null
          ? {
              kind: 'point',
              day: best,
              lo,
              hi,
              approximate: key !== anchor && (t.approximate || anchorTime?.approximate === true),
            }
          : { kind: 'window', lo, hi, between: t.placement === 'order' };
    } else {
      const zone: OrderZone = t.sequence < anchorSeq ? 'before' : 'after';
      place = { kind: 'order', zone, index: next[zone]++ };
    }
    out.push({
      eventId: e.id,
      kind,
      label: e.label,
      glyph: markerGlyph(c, e, kind),
      place,
      sequence: t.sequence,
      placed: placeText(place),
      stated: statedWords(c, e.time),
      derived: e.provenance.basis === 'derived',
    });
  }
  return out;
}
