import { describe, expect, it } from 'vitest';
import type { Event, TimeSpec } from '../../../src/core/format/index.ts';
import { layoutTimeline } from '../../../src/core/layout/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { makeCase, stated } from '../../fixtures/makeCase.ts';
import { CAL } from './helpers.ts';

const KINDS = ['chemotherapy', 'toxicity', 'response', 'other', 'relapse', 'therapy'] as const;

/** A deterministic 20,000-event case: dates over 15 years, months, offsets and order-only runs. */
function syntheticCase(n: number) {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const events: Event[] = [];
  let lastDated = 'e0';
  for (let i = 0; i < n; i++) {
    const r = rand();
    const id = `e${i}`;
    const y = 2010 + Math.floor(rand() * 15);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    const pad = (k: number) => String(k).padStart(2, '0');
    let time: TimeSpec;
    if (i === 0 || r < 0.5) time = { kind: 'date', date: `${y}-${pad(m)}-${pad(d)}` };
    else if (r < 0.6) time = { kind: 'month', month: `${y}-${pad(m)}` };
    else if (r < 0.8)
      time = { kind: 'offset', from: lastDated, amount: Math.floor(rand() * 60), unit: 'day' };
    else time = { kind: 'order', after: [`e${i - 1}`] };
    if (time.kind === 'date') lastDated = id;
    const kind = KINDS[i % KINDS.length]!;
    const extra =
      kind === 'toxicity'
        ? { toxicity: 'CRS', occurred: true }
        : kind === 'response'
          ? { assessment: 'CR' }
          : kind === 'relapse'
            ? { sites: ['marrow'], level: 'morphological' }
            : kind === 'therapy'
              ? { category: 'supportive' }
              : {};
    const end: TimeSpec | undefined =
      kind === 'chemotherapy' && time.kind === 'date'
        ? { kind: 'offset', from: id, amount: 5, unit: 'day' }
        : undefined;
    events.push({
      id,
      kind,
      label: `event ${i}`,
      time,
      provenance: stated,
      ...extra,
      ...(end ? { end } : {}),
    } as Event);
  }
  return makeCase(events);
}

// Scale is a behaviour here, not a timing: speed is measured by the benchmark (issue 7), not by unit tests.
describe('layoutTimeline at scale', () => {
  const c = syntheticCase(20000);
  const rc = resolveCase(c);

  it.each([
    ['calendar', CAL],
    ['relative', { mode: 'relative', anchor: 'e0' } as const],
  ])(
    'lays out every one of 20,000 events once, packed without overlap (%s frame)',
    (_name, frame) => {
      const l = layoutTimeline(c, rc, { frame });
      const keys = [...l.lanes.flatMap((lane) => lane.marks), ...l.unplaced].map((m) => m.key);
      expect(keys).toHaveLength(20000);
      expect(new Set(keys).size).toBe(20000);
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
  );
});
