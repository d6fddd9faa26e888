// The same case as vis-timeline data: groups are the app's lanes, events are point or range
// items, measurement points are point items. Computed ahead (in Node) so the peer page spends its
// time only on drawing, which favours the peer, never the app.

import type { Case } from '../../src/core/format/index.ts';
import { LANE_TITLES, laneOfEvent, laneOfSeries } from '../../src/core/layout/lanes.ts';
import { pointKey } from '../../src/core/time/nodes.ts';
import type { ResolvedCase, ResolvedTime } from '../../src/core/time/types.ts';

/** One vis-timeline group (a lane). */
export interface PeerGroup {
  id: string;
  content: string;
  order: number;
}

/** One vis-timeline item; start and end in epoch milliseconds. */
export interface PeerItem {
  id: string;
  group: string;
  content: string;
  start: number;
  end?: number;
  type: 'point' | 'range';
}

/** What the peer page draws. */
export interface PeerData {
  title: string;
  groups: PeerGroup[];
  items: PeerItem[];
}

const DAY = 86_400_000;

/** The calendar day a time is drawn at: its best estimate, else the middle of its bounds. */
function dayOf(t: ResolvedTime | undefined): number | null {
  const { lo, hi, best } = t?.calendar ?? { lo: null, hi: null, best: null };
  if (best !== null) return best;
  if (lo !== null && hi !== null) return (lo + hi) / 2;
  return lo ?? hi;
}

/** Converts a resolved case to vis-timeline groups and items (unplaceable nodes are left out). */
export function peerData(c: Case, rc: ResolvedCase): PeerData {
  const lanes = Object.keys(LANE_TITLES);
  const used = new Set<string>();
  const items: PeerItem[] = [];
  for (const e of c.events) {
    const start = dayOf(rc.times.get(e.id));
    if (start === null) continue;
    const end = e.end ? dayOf(rc.times.get(`${e.id}#end`)) : null;
    const group = laneOfEvent(e);
    used.add(group);
    items.push(
      end !== null && end > start
        ? { id: e.id, group, content: e.label, start: start * DAY, end: end * DAY, type: 'range' }
        : { id: e.id, group, content: e.label, start: start * DAY, type: 'point' },
    );
  }
  for (const s of c.measurements) {
    const group = laneOfSeries(s);
    used.add(group);
    s.points.forEach((p, i) => {
      const key = pointKey(s.id, i);
      const start = dayOf(rc.times.get(key));
      if (start === null) return;
      const content = p.value === undefined ? 'undetectable' : String(p.value);
      items.push({ id: key, group, content, start: start * DAY, type: 'point' });
    });
  }
  const groups = lanes
    .filter((id) => used.has(id))
    .map((id, order) => ({ id, content: LANE_TITLES[id as keyof typeof LANE_TITLES], order }));
  return { title: c.title, groups, items };
}
