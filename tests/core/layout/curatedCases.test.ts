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
import { dateOfDay } from '../../../src/core/time/days.ts';
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
              ? `window [${day(m.place.lo)}, ${day(m.place.hi)}]`
              : m.place.kind === 'slot'
                ? `slot ${m.place.slot}`
                : 'none',
        u: [m.u.lo, m.u.at, m.u.hi, m.u.end].map((v) => (v === null ? null : round(v))),
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
  it('Grandma Sun in calendar mode has a break of ≈ 7 years between 2017 and late 2023', () => {
    const l = layoutsOf('001-grandma-sun.json').views[1]!;
    const breaks = l.axis.segments.filter((s) => s.kind === 'break');
    // 1 Jan 2017 to 1 Nov 2023 is 6 years 10 months empty; minus the drawn margins ≈ 6.6 years.
    expect(breaks.map((b) => b.label)).toEqual(['≈ 22 months', '≈ 7 years']);
    const long = breaks[1]!;
    expect(iso(long.d0) > '2016-12-31' && iso(long.d1) < '2023-11-01').toBe(true);
  });

  it("Pan's events are all order-only slots in calendar mode, and all but the anchor by default", () => {
    for (const file of ['002a-pan-case-1.json', '002b-pan-case-2.json']) {
      const { defaultFrame, views } = layoutsOf(file);
      const [byDefault, calendar] = views.map((l) => l.lanes.flatMap((lane) => lane.marks));
      expect(calendar!.every((m) => m.place.kind === 'slot')).toBe(true);
      expect(views[1]!.axis.segments.map((s) => s.kind)).toEqual(['order']);
      const notSlots = byDefault!.filter((m) => m.place.kind !== 'slot').map((m) => m.key);
      expect(notSlots).toEqual([defaultFrame.anchor]);
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

  it('Kong lists its three unreadable series as figure-only', () => {
    const l = layoutsOf('004-kong.json').views[0]!;
    expect(l.figureOnly!.map((f) => f.seriesId)).toEqual(['car-t-flow', 'ferritin', 'cytokines']);
  });
});
