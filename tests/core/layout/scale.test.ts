import { describe, expect, it } from 'vitest';
import { syntheticCaseOfSize } from '../../../bench/synthetic/generateCase.ts';
import { layoutTimeline } from '../../../src/core/layout/index.ts';
import { pointKey } from '../../../src/core/time/nodes.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { CAL } from './helpers.ts';

// Scale is a behaviour here, not a timing: speed is measured by the benchmark (issue 7), not by unit tests.
describe('layoutTimeline at scale', () => {
  // The benchmark's XL case (shared generator): 20,000 events and three series of 2,000 points.
  const c = syntheticCaseOfSize('XL');
  const rc = resolveCase(c);
  const expected = [
    ...c.events.map((e) => e.id),
    ...c.measurements.flatMap((s) => s.points.map((_, i) => pointKey(s.id, i))),
  ];

  it.each([
    ['calendar', CAL],
    ['relative', { mode: 'relative', anchor: 'e-0' } as const],
  ])(
    'lays out every one of 20,000 events and 6,000 points once, packed without overlap (%s frame)',
    (_name, frame) => {
      const l = layoutTimeline(c, rc, { frame });
      const keys = [...l.lanes.flatMap((lane) => lane.marks), ...l.unplaced].map((m) => m.key);
      expect(c.events).toHaveLength(20000);
      expect(keys).toHaveLength(expected.length);
      expect(new Set(keys)).toEqual(new Set(expected));
      for (const lane of l.lanes) {
        const rows = new Map<number, Array<[number, number]>>();
        for (const m of lane.marks) {
          if (m.place.kind !== 'point' || m.u.end !== null) continue;
          const list = rows.get(m.row) ?? rows.set(m.row, []).get(m.row)!;
          list.push([m.u.lo, m.u.hi]);
        }
        for (const list of rows.values()) {
          list.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < list.length; i++)
            expect(list[i]![0]).toBeGreaterThan(list[i - 1]![1]);
        }
      }
    },
    // A check of what is laid out, not of how fast: speed is the benchmark's, so a busy machine
    // gets time enough.
    30_000,
  );
});
