import type { Case, OffsetTime, TimeSpec } from '../format/index.ts';

/** A point of a case that needs a time: an event's start or end, or a measurement point. */
export interface TimeNode {
  key: string;
  spec: TimeSpec;
  /** JSON path of the spec inside the case file, for problem reports. */
  path: string;
  /** Position in the file, used to break ties so equal times keep the curator's order. */
  fileOrder: number;
  /** For an end node, the key of its start (an end never precedes its start). */
  startKey?: string;
  /** The source that reports this time as having happened (absent for plans, which may lie ahead). */
  reportedBy?: string;
}

/** Key of the end node of an event. */
export const endKey = (eventId: string) => `${eventId}#end`;

/** Key of the node an offset counts from: the event's start, or its end with anchor "end". */
export const offsetParent = (o: OffsetTime) => (o.anchor === 'end' ? endKey(o.from) : o.from);

/** Key of a measurement point. */
export const pointKey = (seriesId: string, index: number) => `${seriesId}[${index}]`;

/**
 * Lists every time-bearing node of a case in file order. A repeated id keeps its first node only:
 * the validator reports the duplicate, and resolution must still finish.
 */
export function timeNodes(c: Case): TimeNode[] {
  const nodes: TimeNode[] = [];
  c.events.forEach((e, i) => {
    const reportedBy = e.kind === 'plan' ? undefined : e.provenance.source;
    nodes.push({
      key: e.id,
      spec: e.time,
      path: `events[${i}].time`,
      fileOrder: nodes.length,
      reportedBy,
    });
    if (e.end) {
      nodes.push({
        key: endKey(e.id),
        spec: e.end,
        path: `events[${i}].end`,
        fileOrder: nodes.length,
        startKey: e.id,
        reportedBy,
      });
    }
  });
  c.measurements.forEach((s, si) => {
    s.points.forEach((p, pi) => {
      nodes.push({
        key: pointKey(s.id, pi),
        spec: p.time,
        path: `measurements[${si}].points[${pi}].time`,
        fileOrder: nodes.length,
        reportedBy: p.provenance.source,
      });
    });
  });
  const seen = new Set<string>();
  return nodes.filter((n) => !seen.has(n.key) && seen.add(n.key));
}
