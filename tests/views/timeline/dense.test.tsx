import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { syntheticCaseOfSize } from '../../../bench/synthetic/generateCase.ts';
import { layoutTimeline } from '../../../src/core/layout/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';
import { ViewStoreProvider } from '../../../src/app/viewStore/ViewStoreContext.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import {
  DENSE_LIMIT,
  denseGeometry,
  drawDense,
  isDense,
} from '../../../src/views/Timeline/canvas/denseMarks.ts';
import { initialView } from '../../../src/views/Timeline/initialView.ts';
import { CASE_IDS, fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';
import { recorder } from './canvasRecorder.ts';
import { caseBase } from './caseScene.ts';

const markup = (c: Parameters<typeof CaseTimeline>[0]['c'], rc: ReturnType<typeof resolveCase>) =>
  renderToStaticMarkup(
    <ViewStoreProvider initial={initialView(c, rc, {})}>
      <CaseTimeline c={c} rc={rc} width={1200} />
    </ViewStoreProvider>,
  );

describe('dense views', () => {
  it('isDense switches above DENSE_LIMIT marks in view, not at it', () => {
    expect(isDense(DENSE_LIMIT)).toBe(false);
    expect(isDense(DENSE_LIMIT + 1)).toBe(true);
  });

  it('denseGeometry holds one entry per placed mark of the shown lanes, none for marks without a place', () => {
    const c = syntheticCaseOfSize('S');
    const rc = resolveCase(c);
    const { layout, base } = caseBase(c, rc, {
      frame: { mode: 'calendar', anchor: null },
      hiddenLanes: ['toxicity'],
    });
    const g = denseGeometry(base);
    const placed = layout.lanes
      .flatMap((l) => l.marks)
      .filter((m) => m.place.kind !== 'none')
      .map((m) => m.key);
    expect(placed.length).toBeGreaterThan(0);
    expect(new Set(g.keys)).toEqual(new Set(placed));
    expect(g.n).toBe(placed.length);
    // A collapsed lane's marks are not drawn on the canvas either.
    const toxicity = layoutTimeline(c, rc, { frame: { mode: 'calendar', anchor: null } })
      .lanes.find((l) => l.id === 'toxicity')!
      .marks.map((m) => m.key);
    expect(toxicity.length).toBeGreaterThan(0);
    for (const k of toxicity) expect(g.keys).not.toContain(k);
  });

  it.each(Object.values(CASE_IDS))(
    '%s: the canvas draws every glyph where the SVG chart draws it, with the same outline',
    async (id) => {
      const { case: c, resolved: rc } = await fixtureOkCase(id);
      const view = initialView(c, rc, {});
      const html = markup(c, rc);
      // Outlines as the SVG prints them: numbers to two decimals.
      const norm = (d: string) =>
        d.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));
      // The SVG's glyphs: centre in the plot and outline, from the rendered markup.
      const svg = [
        ...html.matchAll(
          /<g class="glyph [^"]*" transform="translate\(([-\d.]+),([-\d.]+)\)"><path class="glyph__shape" d="([^"]+)"/g,
        ),
      ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), d: m[3]! }));
      expect(svg.length).toBeGreaterThan(0);
      const { layout, base } = caseBase(c, rc, { frame: view.frame, width: 1200 });
      const rec = recorder();
      drawDense(
        rec.ctx,
        denseGeometry(base),
        [0, layout.axis.uMax],
        base.plotW,
        () => '#000',
        rec.stamps,
      );
      // Each canvas glyph takes one SVG glyph of the same outline: the canvas centres its glyph
      // image on the nearest device pixel (half a pixel at most, at this ratio of 1), and the SVG
      // rounds to two decimals.
      const left = [...svg];
      for (const g of rec.glyphs) {
        const i = left.findIndex(
          (s) => s.d === norm(g.d) && Math.abs(s.x - g.x) <= 0.51 && Math.abs(s.y - g.y) <= 0.51,
        );
        expect(i, `canvas glyph at ${g.x},${g.y} ${g.d}`).toBeGreaterThanOrEqual(0);
        left.splice(i, 1);
      }
      expect(left, 'SVG glyphs the canvas does not draw').toEqual([]);
    },
  );

  it('a synthetic M case draws its marks on a canvas, not as thousands of SVG marks', () => {
    const c = syntheticCaseOfSize('M');
    const html = markup(c, resolveCase(c));
    expect(html).toContain('timeline__dense');
    expect(html.match(/data-mark=/g) ?? []).toHaveLength(0);
  });

  it.each(Object.values(CASE_IDS))('the curated case %s stays all SVG, no canvas', async (id) => {
    const { case: c, resolved: rc } = await fixtureOkCase(id);
    const html = markup(c, rc);
    expect(html).not.toContain('timeline__dense');
    expect((html.match(/data-mark=/g) ?? []).length).toBeGreaterThan(0);
  });
});
