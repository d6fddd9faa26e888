import { describe, expect, it } from 'vitest';
import { frameChoices } from '../../../src/core/layout/index.ts';
import { labelText, textWidth, type Box, type SceneTarget } from '../../../src/scene/index.ts';
import { CASE_IDS, fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';
import { initialView } from '../../../src/views/Timeline/initialView.ts';
import { caseScene } from './caseScene.ts';
import { timelineMarkup } from './renderTimeline.tsx';

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
// Boxes are placed with a gap; a hundredth of a pixel is rounding, not a collision.
const shrink = (b: Box, e = 0.01): Box => ({
  x: b.x + e,
  y: b.y + e,
  w: b.w - 2 * e,
  h: b.h - 2 * e,
});
const squash = (s: string) => s.replace(/\s+/g, '');

const TARGETS: Array<[string, SceneTarget, number]> = [
  ['screen', { kind: 'screen' }, 1280],
  ['screen', { kind: 'screen' }, 800],
  ['compact', { kind: 'compact' }, 1280],
  ['phone', { kind: 'phone' }, 390],
  ['slide', { kind: 'slide', font: 24 }, 1920],
  ['export', { kind: 'export' }, 1280],
];

describe('the scene’s labels (placeLabels) at the full view', () => {
  it.each(
    Object.values(CASE_IDS).flatMap((id) =>
      TARGETS.map(([name, t, w]) => [id, name, w, t] as const),
    ),
  )(
    '%s, %s at %i px: inside the plot, clear of each other and of every glyph, bar and whisker',
    async (id, _name, width, target) => {
      const { case: c, resolved: rc } = await fixtureOkCase(id);
      for (const { frame } of frameChoices(c, rc)) {
        const scene = caseScene(c, rc, { frame, target, width });
        const labels = [...scene.labels.values()];
        const byKey = new Map(scene.marks.map((m) => [m.key, m]));
        // What a label must keep clear of: glyphs and bars (its own too), and whiskers and
        // brackets, whose words would read as struck through.
        // A callout's number alone may sit on its own mark's whisker or bracket: a number there
        // still reads, where words would not.
        const obstacles: Array<{ key: string; box: Box; span?: true }> = scene.marks.flatMap(
          (m) => [
            { key: m.key, box: m.box },
            ...(m.span
              ? [
                  {
                    key: m.key,
                    box: { x: m.span[0], y: m.y - 1.5, w: m.span[1] - m.span[0], h: 3 },
                    span: true as const,
                  },
                ]
              : []),
          ],
        );
        for (const l of labels) {
          const where = `${frame.mode}:${frame.anchor} ${l.key}`;
          expect(byKey.has(l.key), where).toBe(true);
          expect(l.box.x, where).toBeGreaterThanOrEqual(-1);
          expect(l.box.x + l.box.w, where).toBeLessThanOrEqual(scene.plotW + 1);
          // The box holds the text it names, line by line.
          expect(l.box.h, where).toBeCloseTo(l.lineH * l.lines.length, 5);
          for (const line of l.lines)
            expect(l.box.w, where).toBeGreaterThanOrEqual(textWidth(line, l.font) - 0.01);
          for (const q of labels)
            if (q !== l)
              expect(overlap(shrink(l.box), q.box), `${where} over label ${q.key}`).toBe(false);
          for (const o of obstacles)
            if (!(o.span && o.key === l.key && l.callout !== undefined))
              expect(overlap(shrink(l.box), o.box), `${where} over mark ${o.key}`).toBe(false);
        }
      }
    },
  );

  it.each(Object.values(CASE_IDS))(
    '%s: a label drawn is the mark’s whole words, a cut of them ending in “…”, or a numbered callout',
    async (id) => {
      const { case: c, resolved: rc } = await fixtureOkCase(id);
      for (const { frame } of frameChoices(c, rc))
        for (const [, target, width] of TARGETS) {
          const scene = caseScene(c, rc, { frame, target, width });
          const callouts = new Map(scene.callouts.map((co) => [co.key, co]));
          for (const m of scene.marks) {
            const l = scene.labels.get(m.key);
            if (m.track === 'kinetics' || !l) continue;
            const text = labelText(m.mark);
            const where = `${frame.mode}:${frame.anchor} ${target.kind}@${width} ${m.key}`;
            if (l.callout !== undefined) {
              // The number at the glyph, its words listed under the chart.
              expect(l.lines, where).toEqual([String(l.callout)]);
              expect(callouts.get(m.key)?.text, where).toBe(text);
              expect(l.full, where).toBe(text);
            } else if (l.cut) {
              // The start of the words, ending in "…"; the whole words kept for the tooltip.
              expect(l.lines, where).toHaveLength(1);
              expect(l.lines[0], where).toMatch(/…$/);
              expect(text.startsWith(l.lines[0]!.slice(0, -1).trimEnd()), where).toBe(true);
              expect(l.full, where).toBe(text);
            } else {
              // Whole: on one line, or wrapped at spaces, slashes or hyphens onto two.
              expect(squash(l.lines.join('')), where).toBe(squash(text));
              expect(l.full, where).toBeUndefined();
            }
          }
        }
    },
  );

  it.each(Object.values(CASE_IDS))(
    '%s: every event and measurement in view gets a label or a numbered callout',
    async (id) => {
      const { case: c, resolved: rc } = await fixtureOkCase(id);
      const missing: string[] = [];
      for (const { frame } of frameChoices(c, rc))
        for (const [, target, width] of TARGETS) {
          const scene = caseScene(c, rc, { frame, target, width });
          for (const m of scene.marks)
            if (m.track !== 'kinetics' && !scene.labels.has(m.key))
              missing.push(`${frame.mode}:${frame.anchor} ${target.kind}@${width} ${m.key}`);
        }
      expect(missing).toEqual([]);
    },
  );

  it('a label longer than 44 characters is drawn whole when its row has room (no fixed cut)', async () => {
    const { case: c, resolved: rc } = await fixtureOkCase(CASE_IDS.sun);
    const scene = caseScene(c, rc, { target: { kind: 'screen' }, width: 1920 });
    const long = [...scene.labels.values()].filter(
      (l) => !l.cut && l.callout === undefined && l.lines.join(' ').length > 44,
    );
    expect(long.length).toBeGreaterThan(0);
    expect(long.some((l) => l.lines.length === 1)).toBe(true);
  });
});

describe('the chart draws the scene’s labels', () => {
  const decode = (s: string) =>
    s
      .replace(/&gt;/g, '>')
      .replace(/&lt;/g, '<')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&');

  it.each(Object.values(CASE_IDS))(
    '%s at 1200 px: one <text> per scene label, with its lines and its box',
    async (id) => {
      const { case: c, resolved: rc } = await fixtureOkCase(id);
      const scene = caseScene(c, rc, { frame: initialView(c, rc).frame, width: 1200 });
      const svg = await timelineMarkup(id);
      const drawn = new Map(
        [
          ...svg.matchAll(
            /<text class="mark__label[^"]*"[^>]*data-label-for="([^"]+)"[^>]*data-box="([^"]+)"[^>]*>(.*?)<\/text>/g,
          ),
        ].map((m) => [
          m[1]!,
          {
            box: m[2]!.split(',').map(Number),
            lines: [...m[3]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => decode(t[1]!)),
          },
        ]),
      );
      expect(drawn.size).toBeGreaterThan(0);
      expect([...drawn.keys()].sort()).toEqual([...scene.labels.keys()].sort());
      for (const [key, l] of scene.labels) {
        const d = drawn.get(key)!;
        expect(d.lines, key).toEqual(l.lines);
        // data-box is printed to one decimal.
        const want = [l.box.x, l.box.y, l.box.w, l.box.h];
        d.box.forEach((v, i) => expect(Math.abs(v - want[i]!), key).toBeLessThanOrEqual(0.051));
      }
    },
  );
});
