// A swimmer row's facts packed for the library summary: at 1,000 cases the summary holds some
// 16,000 markers, and as objects with named keys they made it 5.6 MB. Each marker is a short tuple
// and each distinct glyph is stored once per row; unpackRow gives back exactly the facts packed.

import type { Glyph } from '../layout/types.ts';
import type { MarkerFacts, RowFacts } from './rowFacts.ts';
import type { MarkerKind, MarkerPlace, OrderZone } from './types.ts';

/**
 * A packed place: a point as [day, lo, hi, approximate 0|1]; a window as ['w', lo, hi, between
 * 0|1]; an order-only place as ['o', zone, index]; no place as null.
 */
export type PackedPlace =
  [number, number, number, 0 | 1] | ['w', number, number, 0 | 1] | ['o', OrderZone, number] | null;

/** A packed marker: [eventId, kind, label, glyph index in the row's glyphs, place, sequence, stated, derived 0|1]. */
export type PackedMarker = [string, MarkerKind, string, number, PackedPlace, number, string, 0 | 1];

/** A row's facts as the library summary stores them. */
export interface PackedRow extends Omit<RowFacts, 'markers'> {
  /** The distinct glyphs of the row's markers, each once. */
  glyphs: Glyph[];
  markers: PackedMarker[];
}

const bit = (b: boolean): 0 | 1 => (b ? 1 : 0);

function packPlace(p: MarkerPlace): PackedPlace {
  switch (p.kind) {
    case 'point':
      return [p.day, p.lo, p.hi, bit(p.approximate)];
    case 'window':
      return ['w', p.lo, p.hi, bit(p.between)];
    case 'order':
      return ['o', p.zone, p.index];
    case 'none':
      return null;
  }
}

function unpackPlace(p: PackedPlace): MarkerPlace {
  if (p === null) return { kind: 'none' };
  if (p[0] === 'w') return { kind: 'window', lo: p[1], hi: p[2], between: p[3] === 1 };
  if (p[0] === 'o') return { kind: 'order', zone: p[1], index: p[2] };
  return { kind: 'point', day: p[0], lo: p[1], hi: p[2], approximate: p[3] === 1 };
}

/** The facts of a row in the summary's packed form. */
export function packRow(f: RowFacts): PackedRow {
  const glyphs: Glyph[] = [];
  const keys: string[] = [];
  const glyphIndex = (g: Glyph) => {
    const key = JSON.stringify([g.shape, g.fill, g.text, g.tone, g.legendKey]);
    let i = keys.indexOf(key);
    if (i < 0) i = keys.push(key) - 1;
    if (!glyphs[i]) glyphs[i] = { ...g };
    return i;
  };
  const { markers, ...rest } = f;
  return {
    ...rest,
    glyphs,
    markers: markers.map((m) => [
      m.eventId,
      m.kind,
      m.label,
      glyphIndex(m.glyph),
      packPlace(m.place),
      m.sequence,
      m.stated,
      bit(m.derived),
    ]),
  };
}

/** The facts of a packed row, as packRow received them. */
export function unpackRow(p: PackedRow): RowFacts {
  const { glyphs, markers, ...rest } = p;
  return {
    ...rest,
    markers: markers.map(
      ([eventId, kind, label, glyph, place, sequence, stated, derived]): MarkerFacts => ({
        eventId,
        kind,
        label,
        glyph: { ...glyphs[glyph]! },
        place: unpackPlace(place),
        sequence,
        stated,
        derived: derived === 1,
      }),
    ),
  };
}
