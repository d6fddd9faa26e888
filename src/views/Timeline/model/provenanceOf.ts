import type { Case, Event, Point, Provenance, Series } from '../../../core/format/index.ts';

/** What a mark key names: an event, or one point of a series. */
export type MarkTarget =
  { kind: 'event'; event: Event } | { kind: 'point'; series: Series; point: Point; index: number };

/** The event or measurement point behind a mark key ("crs", "car-copies[0]"), or null. */
export function targetOf(c: Case, key: string): MarkTarget | null {
  const event = c.events.find((e) => e.id === key);
  if (event) return { kind: 'event', event };
  const m = /^(.*)\[(\d+)\]$/.exec(key);
  const series = m ? c.measurements.find((s) => s.id === m[1]) : undefined;
  const index = Number(m?.[2]);
  const point = series?.points[index];
  return series && point ? { kind: 'point', series, point, index } : null;
}

/** The provenance of the fact behind a mark key. */
export function provenanceOf(c: Case, key: string): Provenance | null {
  const t = targetOf(c, key);
  if (!t) return null;
  return t.kind === 'event' ? t.event.provenance : t.point.provenance;
}
