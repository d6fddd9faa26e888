// Browser checks that the drawn chart keeps time honest, read from the DOM of the built app: inside
// a timed stretch equal days take equal pixels, every mark lies inside the days it may be, and the
// facts the curated sources fix (Zhou's day-6 peak, Marina's CRS after her infusion …) read so.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openTimeline, type TimelineContext } from './timeline.ts';

/** A timed stretch of the axis as drawn: its days and its pixel ends (client coordinates). */
interface Stretch {
  index: number;
  d0: number;
  d1: number;
  x0: number;
  x1: number;
}

/** What the page shows in one frame: stretches, ticks and every mark placed in time. */
interface Drawn {
  stretches: Stretch[];
  ticks: Array<{ stretch: number; day: number; x: number; label: string }>;
  marks: Array<{
    key: string;
    lo: number;
    hi: number | null;
    glyph: number | null;
    left: number | null;
    right: number | null;
  }>;
}

// In-page code as text: tsx names the functions it compiles with a helper the page does not have.
const READ_DRAWN = `(() => {
  const root = document.querySelector('.timeline');
  const centre = (e) => { const r = e.getBoundingClientRect(); return r.left + r.width / 2; };
  const stretches = [...root.querySelectorAll('.axis__stretch')].map((e) => {
    const r = e.getBoundingClientRect();
    return { index: Number(e.dataset.stretch), d0: Number(e.dataset.d0), d1: Number(e.dataset.d1), x0: r.left, x1: r.right };
  });
  const ticks = [...root.querySelectorAll('.axis__tick[data-stretch]')].map((e) => ({
    stretch: Number(e.dataset.stretch),
    day: Number(e.dataset.day),
    x: centre(e.querySelector('.axis__tick-line')),
    label: e.dataset.tick || '',
  }));
  const marks = [...root.querySelectorAll('[data-mark][data-window]')].map((g) => {
    const [lo, hi] = g.dataset.window.split(',');
    const glyph = g.querySelector(':scope > .glyph');
    const spans = [...g.querySelectorAll(':scope > .whisker, :scope > .window-bracket, :scope > .period')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0);
    return {
      key: g.dataset.mark,
      lo: Number(lo),
      hi: hi === '' ? null : Number(hi),
      glyph: glyph ? centre(glyph) : null,
      left: spans.length ? Math.min(...spans.map((r) => r.left)) : null,
      right: spans.length ? Math.max(...spans.map((r) => r.right)) : null,
    };
  });
  return { stretches, ticks, marks };
})()`;

/** Reads stretches, ticks and marks of the first chart on the page. */
function readDrawn(page: Page): Promise<Drawn> {
  return page.evaluate(READ_DRAWN) as Promise<Drawn>;
}

/** Pixel x of a day inside a stretch that holds it, or null when no stretch does. */
function xOf(stretches: readonly Stretch[], day: number): number | null {
  const s = stretches.find((t) => t.d0 <= day && day <= t.d1);
  if (!s) return null;
  return s.x0 + ((day - s.d0) * (s.x1 - s.x0)) / (s.d1 - s.d0 || 1);
}

/** The leftmost pixel a day's window may start at: inside a stretch exact, else the gap before it. */
function leftLimit(stretches: readonly Stretch[], day: number): number {
  const x = xOf(stretches, day);
  if (x !== null) return x;
  const before = stretches.filter((s) => s.d1 < day);
  return before.length ? Math.max(...before.map((s) => s.x1)) : -Infinity;
}

/** The rightmost pixel a window ending on `day` may reach; open windows reach the axis end. */
function rightLimit(stretches: readonly Stretch[], day: number | null): number {
  if (day === null) return Infinity;
  const x = xOf(stretches, day);
  if (x !== null) return x;
  const after = stretches.filter((s) => s.d0 > day);
  return after.length ? Math.min(...after.map((s) => s.x0)) : Infinity;
}

const TOL = 1.5; // px: positions are rounded to 0.1 px, strokes add a pixel

/** Equal days take equal pixels: every tick sits on its stretch's linear scale. */
function assertEvenScale(d: Drawn, where: string) {
  assert.ok(d.stretches.length > 0 || d.ticks.length === 0, `${where}: ticks without stretches`);
  for (const t of d.ticks) {
    const s = d.stretches.find((x) => x.index === t.stretch);
    assert.ok(s, `${where}: tick ${t.label} names stretch ${t.stretch}, which is not drawn`);
    const want = xOf([s], t.day);
    assert.ok(want !== null, `${where}: tick ${t.label} (day ${t.day}) outside its stretch`);
    assert.ok(
      Math.abs(t.x - want) <= TOL,
      `${where}: tick ${t.label} at x ${t.x.toFixed(1)}, its stretch's scale puts day ${t.day} at ${want.toFixed(1)}`,
    );
  }
  // Segments whose days run on without a gap are one timed stretch to a reader: nothing that is
  // not time (an order-only band) may sit between them.
  const sorted = [...d.stretches].sort((a, b) => a.d0 - b.d0);
  const stretchOf = new Map<number, number>();
  sorted.forEach((s, i) => {
    const prev = sorted[i - 1];
    const joined = prev !== undefined && prev.d1 === s.d0;
    if (joined)
      assert.ok(
        Math.abs(s.x0 - prev.x1) <= TOL,
        `${where}: days ${prev.d1} and ${s.d0} are the same day, yet ${(s.x0 - prev.x1).toFixed(1)} px of something that is not time lies between them`,
      );
    stretchOf.set(s.index, joined ? stretchOf.get(prev.index)! : s.index);
  });
  // And in the reader's terms: ticks a constant number of days apart are a constant width apart.
  const byStretch = new Map<number, Drawn['ticks']>();
  for (const t of d.ticks) {
    const k = stretchOf.get(t.stretch) ?? t.stretch;
    byStretch.set(k, [...(byStretch.get(k) ?? []), t]);
  }
  for (const list of byStretch.values()) {
    const sorted = [...list].sort((a, b) => a.day - b.day);
    for (let i = 2; i < sorted.length; i++) {
      const [a, b, c] = [sorted[i - 2]!, sorted[i - 1]!, sorted[i]!];
      if (b.day - a.day !== c.day - b.day) continue;
      assert.ok(
        Math.abs(b.x - a.x - (c.x - b.x)) <= TOL,
        `${where}: ticks ${a.label}, ${b.label}, ${c.label} are equally many days apart but ${(b.x - a.x).toFixed(1)} and ${(c.x - b.x).toFixed(1)} px apart`,
      );
    }
  }
}

/** Every mark's glyph and its whisker, bracket or bar lie within the days the mark may be. */
function assertMarksInWindows(d: Drawn, where: string) {
  for (const m of d.marks) {
    const left = leftLimit(d.stretches, m.lo) - TOL;
    const right = rightLimit(d.stretches, m.hi) + TOL;
    const span = `days ${m.lo}…${m.hi ?? 'open'}`;
    if (m.glyph !== null)
      assert.ok(
        m.glyph >= left && m.glyph <= right,
        `${where}: ${m.key}'s glyph at x ${m.glyph.toFixed(1)} lies outside ${span} (x ${left.toFixed(1)}–${right.toFixed(1)})`,
      );
    if (m.left !== null && m.right !== null)
      assert.ok(
        m.left >= left && m.right <= right,
        `${where}: ${m.key} drawn over x ${m.left.toFixed(1)}–${m.right.toFixed(1)}, outside ${span} (x ${left.toFixed(1)}–${right.toFixed(1)})`,
      );
  }
}

const nextFrames = (page: Page) =>
  page.evaluate(
    'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))',
  );

/** The frame picker's options, as value and label. */
const frameOptions = (page: Page) =>
  page
    .locator('.timeline-controls select')
    .first()
    .locator('option')
    .evaluateAll((os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })),
    );

/** Switches the first chart to a frame and returns what it draws there. */
async function drawnIn(page: Page, value: string): Promise<Drawn> {
  await page.locator('.timeline-controls select').first().selectOption(value);
  await nextFrames(page);
  return readDrawn(page);
}

const markOf = (d: Drawn, key: string, where: string) => {
  const m = d.marks.find((x) => x.key === key);
  assert.ok(m, `${where}: mark ${key} is not drawn in time`);
  return m;
};

/** Registers the time-geometry checks. */
export async function timeGeometryChecks({ check, url, cases, caseById }: TimelineContext) {
  for (const id of cases.keys()) {
    await check(
      `${id}: in every frame, ticks keep one scale per stretch and marks stay in their windows`,
      async (page) => {
        await openTimeline(page, url, id);
        const options = await frameOptions(page);
        assert.ok(options.length > 0, 'the frame picker offers frames');
        let timedMarks = 0;
        for (const o of options) {
          const d = await drawnIn(page, o.value);
          const where = `${id} · ${o.label}`;
          assertEvenScale(d, where);
          assertMarksInWindows(d, where);
          timedMarks += d.marks.length;
        }
        assert.ok(timedMarks > 0, `${id}: some frame places marks in time`);
      },
    );
  }

  await check("Zhou: the CAR peak sits at day 6 of its infusion's scale", async (page) => {
    const id = caseById('zhou').id;
    await openTimeline(page, url, id, 'v=1&frame=rel%3Acart');
    const d = await readDrawn(page);
    const peak = markOf(d, 'car-copies[0]', 'Zhou');
    const day6 = xOf(d.stretches, 6);
    assert.ok(day6 !== null && peak.glyph !== null, 'day 6 and the peak are drawn');
    assert.ok(Math.abs(peak.glyph - day6) <= TOL, `peak at x ${peak.glyph}, day 6 at x ${day6}`);
    assertEvenScale(d, 'Zhou');
  });

  await check(
    'Marina: CRS nowhere before day 0; her MRD relapse and local immunotherapy nowhere after it',
    async (page) => {
      await openTimeline(page, url, caseById('marina').id, 'v=1&frame=rel%3Acart');
      const d = await readDrawn(page);
      const day0 = xOf(d.stretches, 0);
      assert.ok(day0 !== null, 'day 0 is drawn');
      const crs = markOf(d, 'crs', 'Marina');
      for (const x of [crs.glyph, crs.left])
        if (x !== null) assert.ok(x >= day0 - TOL, `CRS at x ${x}, day 0 at ${day0}`);
      for (const key of ['mrd-relapse', 'local-immunotherapy']) {
        const m = markOf(d, key, 'Marina');
        for (const x of [m.glyph, m.right])
          if (x !== null) assert.ok(x <= day0 + TOL, `${key} at x ${x}, day 0 at ${day0}`);
      }
    },
  );

  await check('Marina, calendar: "undetectable" is drawn right of 0.014 %', async (page) => {
    await openTimeline(page, url, caseById('marina').id, 'v=1&frame=cal');
    const d = await readDrawn(page);
    const first = markOf(d, 'mrd-bm[0]', 'Marina');
    const second = markOf(d, 'mrd-bm[1]', 'Marina');
    assert.ok(first.glyph !== null && second.glyph !== null);
    assert.ok(
      second.glyph > first.glyph,
      `undetectable at x ${second.glyph}, 0.014 % at x ${first.glyph}`,
    );
  });

  await check(
    'Grandma Sun: the 2016 relapse is nowhere after her infusion (day 0)',
    async (page) => {
      await openTimeline(page, url, caseById('grandma').id, 'v=1&frame=rel%3Acart');
      const d = await readDrawn(page);
      const day0 = xOf(d.stretches, 0);
      assert.ok(day0 !== null, 'day 0 is drawn');
      const relapse = markOf(d, 'relapse', 'Grandma Sun');
      for (const x of [relapse.glyph, relapse.right])
        if (x !== null) assert.ok(x <= day0 + TOL, `relapse at x ${x}, day 0 at ${day0}`);
    },
  );
}
