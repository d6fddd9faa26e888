import { readdirSync, readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { Case } from '../../../src/core/format/index.ts';
import {
  frameChoices,
  layoutTimeline,
  type Frame,
  type TimelineLayout,
} from '../../../src/core/layout/index.ts';
import { dateOfDay, dayOfIso } from '../../../src/core/time/days.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { CAL } from './helpers.ts';

const DIR = 'public/data/cases';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

function load(file: string) {
  const c = Case.parse(JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')));
  return { c, rc: resolveCase(c) };
}

function layoutsOf(file: string): { c: Case; defaultFrame: Frame; views: TimelineLayout[] } {
  const { c, rc } = load(file);
  const defaultFrame = frameChoices(c, rc)[0]!.frame;
  const views = [defaultFrame, CAL].map((frame) => layoutTimeline(c, rc, { frame }));
  return { c, defaultFrame, views };
}

const round = (n: number) => Math.round(n * 100) / 100;
const iso = (day: number) => dateOfDay(day).toISOString().slice(0, 10);

/**
 * A layout as plain, diff-friendly data: numbers to 2 decimals, calendar days as ISO dates.
 * Glyphs are left out: they belong to the glyph module and have their own tests.
 */
function normalise(l: TimelineLayout) {
  const cal = l.axis.frame.mode === 'calendar';
  const day = (d: number) => (cal ? iso(d) : round(d));
  return {
    frame: l.axis.frame,
    uMax: round(l.axis.uMax),
    segments: l.axis.segments.map((s) =>
      s.kind === 'order'
        ? { ...s, u0: round(s.u0), u1: round(s.u1) }
        : { ...s, d0: day(s.d0), d1: day(s.d1), u0: round(s.u0), u1: round(s.u1) },
    ),
    lanes: l.lanes.map((lane) => ({
      id: lane.id,
      rows: lane.rows,
      tracks: lane.tracks?.map((t) => `${t.seriesId} row ${t.row}`),
      marks: lane.marks.map((m) => ({
        key: m.key,
        row: m.row,
        place:
          m.place.kind === 'point'
            ? `point ${day(m.place.day)} [${day(m.place.lo)}, ${day(m.place.hi)}]${m.place.approximate ? ' ≈' : ''}`
            : m.place.kind === 'window'
              ? `window [${day(m.place.lo)}, ${m.place.open ? '→' : day(m.place.hi)}]`
              : m.place.kind === 'slot'
                ? `slot ${m.place.slot}`
                : 'none',
        u: [m.u.lo, m.u.at, m.u.hi, m.u.end].map((v) => (v === null ? null : round(v))),
        stretch: m.stretch,
        label: m.label,
        flags: [
          m.approximate && 'approximate',
          m.derived && 'derived',
          m.plan && 'plan',
          m.absent && 'absent',
          m.crossesBand && 'crosses-band',
        ].filter(Boolean),
      })),
    })),
    hiddenLanes: l.hiddenLanes,
    unplaced: l.unplaced.map((m) => m.key),
    figureOnly: l.figureOnly ?? [],
  };
}

describe.each(files)('layoutTimeline on the curated case %s', (file) => {
  const { c, views } = layoutsOf(file);

  it('shows every event exactly once, as a mark or as unplaced, in both frames', () => {
    for (const l of views) {
      const keys = [...l.lanes.flatMap((lane) => lane.marks), ...l.unplaced]
        .filter((m) => m.eventId !== undefined)
        .map((m) => m.key)
        .sort();
      expect(keys).toEqual(c.events.map((e) => e.id).sort());
    }
  });

  it('keeps every mark inside the axis and inside the segment its place belongs to', () => {
    for (const l of views) {
      for (const m of l.lanes.flatMap((lane) => lane.marks)) {
        expect(m.u.at).toBeGreaterThanOrEqual(0);
        expect(m.u.at).toBeLessThanOrEqual(l.axis.uMax);
        const seg = l.axis.segments.find((s) => m.u.at >= s.u0 && m.u.at <= s.u1)!;
        expect(seg.kind === 'order').toBe(m.place.kind === 'slot');
      }
    }
  });

  it('never bends time: every time segment is 1 u per day, and no band splits a timed stretch', () => {
    for (const l of views) {
      const dated = l.axis.segments.filter((s) => s.kind !== 'order');
      dated.forEach((s, i) => {
        if (s.kind === 'time') expect(s.u1 - s.u0).toBeCloseTo(s.d1 - s.d0, 9);
        if (i > 0) expect([dated[i - 1]!.kind, s.kind]).not.toEqual(['time', 'time']);
      });
    }
  });

  it('matches its layout snapshot', async () => {
    const id = file.replace(/\.json$/, '');
    const path = `${import.meta.dirname}/__snapshots__/${id}.layout.json`;
    const data = { default: normalise(views[0]!), calendar: normalise(views[1]!) };
    // Written the way the repository's Prettier would, so `prettier --check` stays clean.
    const text = await format(JSON.stringify(data), {
      ...(await resolveConfig(path)),
      parser: 'json',
    });
    await expect(text).toMatchFileSnapshot(path);
  });
});

describe('curated cases: what a reader must see', () => {
  it('Grandma Sun in calendar mode has breaks of ≈ 2–4 and ≈ 7–8 years, the second from 2017 to late 2023', () => {
    const l = layoutsOf('001-grandma-sun.json').views[1]!;
    const breaks = l.axis.segments.filter((s) => s.kind === 'break');
    // 2013 → 2016 (years only): from 2 to 4 years apart. 2016 → November 2023: 6 years 10 months
    // to 7 years 11 months. The words give what the facts allow, not the drawn break.
    expect(breaks.map((b) => b.label)).toEqual(['≈ 2–4 years', '≈ 7–8 years']);
    const long = breaks[1]!;
    expect(iso(long.d0) > '2016-12-31' && iso(long.d1) < '2023-11-01').toBe(true);
  });

  it('Grandma Sun: the same gaps read the same from the infusion as in the calendar', () => {
    const { c, rc } = load('001-grandma-sun.json');
    const labels = (frame: Frame) =>
      layoutTimeline(c, rc, { frame })
        .axis.segments.filter((s) => s.kind === 'break')
        .map((s) => s.label);
    expect(labels({ mode: 'relative', anchor: 'cart' })).toEqual(labels(CAL));
    expect(labels({ mode: 'relative', anchor: 'dx' })).toEqual(labels(CAL));
  });

  it("Grandma Sun's 2016 relapse, from her 2016 infusion, is a window [−365, 0], not day 0", () => {
    const { c, rc } = load('001-grandma-sun.json');
    const l = layoutTimeline(c, rc, { frame: { mode: 'relative', anchor: 'cart' } });
    const relapse = l.lanes.flatMap((lane) => lane.marks).find((m) => m.key === 'relapse')!;
    expect(relapse.place).toEqual({ kind: 'window', lo: -365, hi: 0 });
  });

  it("Pan's events are order-only slots in the calendar, each bounded only by the source's date", () => {
    for (const file of ['002a-pan-case-1.json', '002b-pan-case-2.json']) {
      const { c, rc } = load(file);
      const published = dayOfIso(c.sources[0]!.published!);
      for (const e of c.events)
        expect(rc.times.get(e.id)!.calendar, e.id).toMatchObject({ lo: null, hi: published });
      const l = layoutTimeline(c, rc, { frame: CAL });
      expect(l.lanes.flatMap((lane) => lane.marks).every((m) => m.place.kind === 'slot')).toBe(
        true,
      );
      expect(l.axis.segments.map((s) => s.kind)).toEqual(['order']);
    }
  });

  it('Pan, from the infusion: what follows it is an open window from day 0, what precedes it a slot', () => {
    for (const file of ['002a-pan-case-1.json', '002b-pan-case-2.json']) {
      const { c, rc } = load(file);
      const l = layoutTimeline(c, rc, { frame: { mode: 'relative', anchor: 'cart' } });
      const marks = l.lanes.flatMap((lane) => lane.marks);
      const lastTime = l.axis.segments.filter((s) => s.kind === 'time').at(-1)!;
      for (const m of marks) {
        if (m.key === 'cart') expect(m.place).toMatchObject({ kind: 'point', day: 0 });
        else if (m.key === 'dx') expect(m.place.kind).toBe('slot');
        else {
          expect(m.place, m.key).toEqual({ kind: 'window', lo: 0, hi: 0, open: true });
          expect(m.u.hi).toBe(lastTime.u1);
        }
      }
    }
  });

  it("Zhou's single kinetics value is a point on day 6 after the infusion by default", () => {
    const { defaultFrame, views } = layoutsOf('003-zhou.json');
    expect(defaultFrame).toEqual({ mode: 'relative', anchor: 'cart' });
    const kinetics = views[0]!.lanes.find((lane) => lane.id === 'kinetics')!;
    expect(kinetics.marks).toHaveLength(1);
    expect(kinetics.marks[0]).toMatchObject({
      key: 'car-copies[0]',
      place: { kind: 'point', day: 6, lo: 6, hi: 6 },
      label: '350,758 copies/μg',
    });
  });

  it("Marina's MRD is a value after the relapse, then undetectable on day 13", () => {
    const mrd = layoutsOf('000-marina.json').views[0]!.lanes.find((l) => l.id === 'measurements')!;
    expect(
      mrd.marks.map((m) => [m.label, m.place.kind === 'point' ? m.place.day : m.place.kind]),
    ).toEqual([
      ['0.014 %', 'window'],
      ['undetectable', 13],
    ]);
  });

  it.each([
    ['000-marina.json', 'cart'],
    ['001-grandma-sun.json', 'cart'],
    ['003-zhou.json', 'cart'],
    // Kong's scans are timed only from the second infusion.
    ['004-kong.json', 'cart-2'],
  ])('%s opens in days from the infusion %s, the frame that times the most events', (file, id) => {
    const { c, rc } = load(file);
    const [first, ...rest] = frameChoices(c, rc);
    expect(first!.frame).toEqual({ mode: 'relative', anchor: id });
    expect(first!.label).toMatch(
      new RegExp(`, most events in time · ${first!.timed} of ${c.events.length} events timed$`),
    );
    for (const ch of rest) {
      expect(ch.timed).toBeLessThanOrEqual(first!.timed);
      expect(ch.label).toMatch(new RegExp(` · ${ch.timed} of ${c.events.length} events timed$`));
    }
  });

  it("Pan's frames time nothing but their anchors", () => {
    for (const file of ['002a-pan-case-1.json', '002b-pan-case-2.json']) {
      const { c, rc } = load(file);
      for (const ch of frameChoices(c, rc))
        expect(ch.timed, ch.label).toBe(ch.frame.mode === 'relative' ? 1 : 0);
    }
  });

  // KNOWN SRC BUG (src/core/layout/frames.ts tests `best === 0`; an anchor frame always times its
  // anchor, so Pan opens in days from its infusion). Drop `.fails` once order-only cases open as
  // their sequence.
  it.each(['002a-pan-case-1.json', '002b-pan-case-2.json'])(
    '%s opens as its sequence only (no frame times more than its anchor)',
    (file) => {
      const { c, rc } = load(file);
      expect(frameChoices(c, rc)[0]).toEqual({
        frame: CAL,
        label: 'Sequence only (the source gives no dates or day counts)',
        timed: 0,
      });
    },
  );

  it('Kong lists its three unreadable series as figure-only', () => {
    const l = layoutsOf('004-kong.json').views[0]!;
    expect(l.figureOnly!.map((f) => f.seriesId)).toEqual(['car-t-flow', 'ferritin', 'cytokines']);
  });
});
