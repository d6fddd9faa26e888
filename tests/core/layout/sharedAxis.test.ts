import { describe, expect, it } from 'vitest';
import {
  buildAxis,
  buildSharedAxis,
  dayToU,
  layoutAligned,
  placeNodes,
  uToDay,
  layoutTimeline,
  type Frame,
  type Mark,
  type TimelineLayout,
} from '../../../src/core/layout/index.ts';
import { resolveCase } from '../../../src/core/time/index.ts';
import { index, loadCase } from '../../data/library.ts';
import { caseWith } from '../time/caseBuilder.ts';

const real = (key: string) => {
  const c = loadCase(index.cases.find((e) => e.id.includes(key))!.id);
  return { c, rc: resolveCase(c) };
};
const rel = (anchor: string): Frame => ({ mode: 'relative', anchor });
const marks = (l: TimelineLayout): Mark[] => l.lanes.flatMap((lane) => lane.marks);
const mark = (l: TimelineLayout, key: string) => marks(l).find((m) => m.key === key)!;

describe('layoutAligned(panes)', () => {
  it('lays out one pane exactly as layoutTimeline does', () => {
    const { c, rc } = real('zhou');
    const [alone] = layoutAligned([{ c, rc, frame: rel('cart') }]);
    expect(alone).toEqual(layoutTimeline(c, rc, { frame: rel('cart') }));
  });

  const zhou = real('zhou');
  const marina = real('marina');
  const [lz, lm] = layoutAligned([
    { ...zhou, frame: rel('cart') },
    { ...marina, frame: rel('cart') },
  ]);

  it('puts both panes on one axis: same segments, each in its own frame', () => {
    expect(lz!.axis.segments).toEqual(lm!.axis.segments);
    expect(lz!.axis.uMax).toBe(lm!.axis.uMax);
    expect(lz!.axis.frame).toEqual(rel('cart'));
  });

  it('places the same day at the same u in both panes', () => {
    // Day 0 is each case's infusion; Marina's MRD-negative result is on day 13.
    expect(mark(lz!, 'cart').u.at).toBe(mark(lm!, 'cart').u.at);
    const mrd = mark(lm!, 'mrd-negative');
    expect(mrd.place).toMatchObject({ kind: 'point', day: 13 });
    expect(mrd.u.at).toBe(dayToU(lz!.axis, 13));
    expect(uToDay(lz!.axis, mrd.u.at)).toBeCloseTo(13, 6);
  });

  it('spans the days both cases occupy, from the earliest to the latest of either', () => {
    const days = (l: TimelineLayout) =>
      l.axis.segments.flatMap((s) => (s.kind === 'order' ? [] : [s.d0, s.d1]));
    const placed = [lz!, lm!].flatMap((l) =>
      marks(l).flatMap((m) =>
        m.place.kind === 'point' || m.place.kind === 'window' ? [m.place.lo, m.place.hi] : [],
      ),
    );
    const shared = days(lm!);
    expect(Math.min(...shared)).toBeLessThanOrEqual(Math.min(...placed));
    expect(Math.max(...shared)).toBeGreaterThanOrEqual(Math.max(...placed));
    // Zhou's remission at 9–10 months lies on Marina's pane too, beyond anything of hers.
    const marinaOwn = days(layoutTimeline(marina.c, marina.rc, { frame: rel('cart') }));
    expect(Math.max(...shared)).toBeGreaterThan(Math.max(...marinaOwn));
  });

  it("keeps each case's order-only slots inside bands it owns", () => {
    for (const [i, l] of [lz!, lm!].entries()) {
      const slots = marks(l).filter((m) => m.place.kind === 'slot');
      expect(slots.length).toBeGreaterThan(0);
      for (const m of slots) {
        const band = l.axis.segments.find(
          (s) => s.kind === 'order' && s.u0 <= m.u.at && m.u.at <= s.u1,
        );
        expect(band, `${m.key} in a band`).toMatchObject({ kind: 'order', owner: i });
      }
    }
  });

  it('marks no band with an owner when only one case is laid out', () => {
    const alone = layoutTimeline(zhou.c, zhou.rc, { frame: rel('cart') });
    const bands = alone.axis.segments.filter((s) => s.kind === 'order');
    expect(bands.length).toBeGreaterThan(0);
    for (const b of bands) expect(b).not.toHaveProperty('owner');
  });
});

describe('buildSharedAxis: break words', () => {
  const cal: Frame = { mode: 'calendar', anchor: null };
  const part = (events: Parameters<typeof caseWith>[0]) => {
    const c = caseWith(events);
    const rc = resolveCase(c);
    return { rc, places: placeNodes(rc, cal, c) };
  };
  const labels = (segments: { kind: string; label?: string }[]) =>
    segments.filter((s) => s.kind === 'break').map((s) => s.label);

  it('a gap between facts of different cases is only known from below: "≥ …"', () => {
    const a = part([{ id: 'a', time: { kind: 'date', date: '2015-01-01' } }]);
    const b = part([{ id: 'b', time: { kind: 'date', date: '2021-06-01' } }]);
    expect(labels(buildSharedAxis([a, b], cal).segments)).toEqual(['≥ 6 years']);
  });

  it('a gap between facts of one case reads as that case alone would word it', () => {
    const a = part([
      { id: 'a', time: { kind: 'year', year: 2015 } },
      { id: 'z', time: { kind: 'year', year: 2021 } },
    ]);
    const alone = labels(buildAxis(a.rc, a.places, cal).segments);
    expect(alone).toEqual(['≈ 5–7 years']);
    const b = part([{ id: 'b', time: { kind: 'date', date: '2015-06-01' } }]);
    expect(labels(buildSharedAxis([a, b], cal).segments)).toEqual(alone);
  });
});
