// @vitest-environment jsdom
// sceneSvg draws a scene as data: every mark the scene placed is in the tree at the scene's
// position, with the glyph path the screen and the canvas use, each label where the scene put it,
// and nothing that only serves the screen. Written out by the export's own DOM serialiser
// (svgFileText) and parsed back with the DOM's XML parser, as a reader's program would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticCaseOfSize } from '../../bench/synthetic/generateCase.ts';
import {
  allNodes,
  checkSvgTree,
  exportPalette,
  type SvgNode,
} from '../../src/core/export/index.ts';
import { treatmentLinks } from '../../src/core/layout/index.ts';
import { resolveCase } from '../../src/core/time/resolve.ts';
import { checkCaseText } from '../../src/core/validate/validateCase.ts';
import { linkedMarks, linkPaths, sceneSvg, shapePath, type Scene } from '../../src/scene/index.ts';
import { svgFileText } from '../../src/views/Export/svgDom.ts';
import { caseScene as sceneOf } from '../views/timeline/caseScene.ts';
import { caseScene, shipped } from './caseScenes.ts';

const EXPORT = { kind: 'export' } as const;
const TREATED = 'tests/fixtures/valid/treated-crs.json';
const palette = exportPalette('light');

/** The chart serialised as a standalone file and parsed back. */
function parse(scene: Scene, links: ReturnType<typeof treatmentLinks> = []) {
  const { node, width, height } = sceneSvg(scene, palette, { id: 't', links });
  const markup = svgFileText(node);
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return { doc, markup, width, height };
}

/** "translate(x,y)" as numbers. */
const translate = (el: Element | null) =>
  /translate\(([-\d.]+),([-\d.]+)\)/
    .exec(el?.getAttribute('transform') ?? '')!
    .slice(1)
    .map(Number);

const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(0.11);

describe('sceneSvg', () => {
  for (const entry of shipped)
    it(`${entry.c.id}: every scene mark at its scene position, glyph path and label`, () => {
      const scene = caseScene(entry, EXPORT, 1200);
      const { doc, markup, width, height } = parse(scene);
      expect(width).toBe(scene.width);
      expect(height).toBeGreaterThanOrEqual(scene.height);
      const groups = [...doc.querySelectorAll('[data-mark]')];
      expect(groups.map((g) => g.getAttribute('data-mark')).sort()).toEqual(
        scene.marks.map((m) => m.key).sort(),
      );
      // The plot is translated by the gutter: marks sit in plot coordinates.
      const plot = doc.querySelector('svg > g[transform]');
      expect(translate(plot)).toEqual([scene.gutter, 0]);
      const byKey = new Map(groups.map((g) => [g.getAttribute('data-mark'), g]));
      for (const m of scene.marks) {
        const g = byKey.get(m.key)!;
        if (m.showGlyph) {
          const glyph = [...g.children].find(
            (c) => c.localName === 'g' && c.hasAttribute('transform'),
          )!;
          const [x, y] = translate(glyph);
          near(x!, m.x);
          near(y!, m.y);
          expect(glyph.querySelector('path')!.getAttribute('d')).toBe(
            shapePath(m.mark.glyph.shape, m.r),
          );
        }
        if (m.bar) near(Number(g.querySelector('rect')!.getAttribute('x')), m.bar[0]);
        const label = scene.labels.get(m.key);
        const text = g.querySelector(`text[data-label-for]`);
        if (!label) expect(text).toBeNull();
        else {
          near(Number(text!.getAttribute('x')), label.x);
          near(Number(text!.getAttribute('y')), label.y);
          expect([...text!.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(
            label.lines,
          );
        }
      }
      // Lane titles whole, as the scene wrapped them, and no screen-only part.
      for (const b of scene.lanes)
        expect(doc.querySelector(`[data-lane-title="${b.id}"]`)!.textContent).toBe(
          b.titleLines.join(''),
        );
      expect(markup).not.toMatch(/[▾▸]|class=|Zoom:|press/);
      // Every tick of the scene on the axis.
      expect(
        [...doc.querySelectorAll('[data-tick]')].map((t) => t.getAttribute('data-tick')),
      ).toEqual(scene.ticks.map((t) => t.label));
      // Every url(#…) points inside the chart.
      const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.id));
      for (const [, id] of markup.matchAll(/url\(#([^)]+)\)/g)) expect(ids.has(id!)).toBe(true);
    });

  it('the tree itself, before any DOM, holds each mark and its glyph at the scene position', () => {
    const scene = caseScene(shipped[0]!, EXPORT, 1200);
    const { node } = sceneSvg(scene, palette, { id: 'tree' });
    expect(checkSvgTree(node)).toBe(node);
    const groups = new Map(
      [...allNodes(node)].flatMap((n) =>
        n.attrs['data-mark'] === undefined ? [] : [[String(n.attrs['data-mark']), n] as const],
      ),
    );
    expect([...groups.keys()].sort()).toEqual(scene.marks.map((m) => m.key).sort());
    for (const m of scene.marks.filter((x) => x.showGlyph)) {
      const glyph = groups
        .get(m.key)!
        .children.find((c): c is SvgNode => typeof c !== 'string' && c.tag === 'g')!;
      const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(String(glyph.attrs.transform))!;
      near(Number(x), m.x);
      near(Number(y), m.y);
    }
  });

  it('draws the treatment links as the chart places them (linkPaths), arrowheads included', () => {
    const load = checkCaseText(readFileSync(TREATED, 'utf8'), TREATED);
    const scene = sceneOf(load.case!, load.resolved!, { target: EXPORT, width: 1200 });
    const links = treatmentLinks(scene.layout, load.case!);
    expect(links.length).toBe(2);
    const want = linkPaths(links, linkedMarks(scene.slots, links), scene.x, scene.sizes.barHalf);
    const { doc } = parse(scene, links);
    const drawn = [...doc.querySelectorAll('g[data-from][data-to]')];
    expect(drawn.map((g) => `${g.getAttribute('data-from')}>${g.getAttribute('data-to')}`)).toEqual(
      want.map((l) => `${l.from}>${l.to}`),
    );
    drawn.forEach((g, i) => {
      const [line, head] = [...g.querySelectorAll('path')];
      expect(line!.getAttribute('d')).toBe(want[i]!.d);
      expect(head!.getAttribute('d')).toBe(want[i]!.head);
      expect(head!.getAttribute('fill')).toBe(palette.muted);
    });
  });

  it('a dense case (canvas on screen) holds every mark in view, at its scene position', () => {
    const c = syntheticCaseOfSize('S');
    const rc = resolveCase(c);
    const scene = sceneOf(c, rc, { target: EXPORT, width: 1200 });
    expect(scene.marks.length).toBeGreaterThan(600);
    const { doc, height } = parse(scene);
    expect(doc.querySelectorAll('[data-mark]')).toHaveLength(scene.marks.length);
    // Every numbered glyph's words are listed under the chart, in columns: fewer rows than words.
    const listed = [...doc.querySelectorAll('[data-role="callouts"] text')].map((t) =>
      [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
    );
    expect(scene.callouts.length).toBeGreaterThan(10);
    for (const c of scene.callouts)
      expect(listed.some((col) => col.includes(`${c.n}. ${c.text}`))).toBe(true);
    expect(listed.length).toBeGreaterThan(1);
    expect(height - scene.height).toBeLessThan(scene.callouts.length * scene.sizes.lineH);
  });

  it('colours come from the palette: a solid glyph is filled with its tone, text halos are the background', () => {
    const dark = exportPalette('dark');
    const entry = shipped.find((e) => e.c.id.includes('zhou')) ?? shipped[0]!;
    const scene = caseScene(entry, EXPORT, 1200);
    const markup = svgFileText(sceneSvg(scene, dark, { id: 'd' }).node);
    const solid = scene.marks.find(
      (m) => m.showGlyph && m.mark.glyph.fill === 'solid' && !m.mark.plan,
    )!;
    expect(markup).toContain(`fill="${dark.tones[solid.mark.glyph.tone]}"`);
    expect(markup).toContain(`stroke="${dark.background}"`);
    expect(markup).not.toContain(exportPalette('light').stripe);
  });
});
