// "Treated by" links on the chart: geometry as numbers, the marks' names, and the drawn SVG.
import { readFileSync } from 'node:fs';
import { scaleLinear } from 'd3-scale';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { layoutTimeline, treatmentLinks } from '../../../src/core/layout/index.ts';
import { DEFAULT_LANE_ORDER, type Frame } from '../../../src/core/layout/types.ts';
import { checkCaseText } from '../../../src/core/validate/validateCase.ts';
import { ViewStoreProvider } from '../../../src/app/viewStore/ViewStoreContext.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { initialView } from '../../../src/views/Timeline/initialView.ts';
import { markName } from '../../../src/views/Timeline/model/markText.ts';
import {
  glyphReach,
  glyphX,
  linkedMarks,
  linkPaths,
  sceneBase,
  SCREEN,
  shapePath,
  type SceneBase,
} from '../../../src/scene/index.ts';
import type { Glyph, LaneId, TimelineLayout } from '../../../src/core/layout/types.ts';

const FILE = 'tests/fixtures/valid/treated-crs.json';
const load = checkCaseText(readFileSync(FILE, 'utf8'), FILE);
const c = load.case!;
const rc = load.resolved!;
const DAYS: Frame = { mode: 'relative', anchor: 'cart' };

/** The scene base of the case on a 1200 px screen: its lanes, slots and sizes. */
const baseOf = (layout: TimelineLayout, order: readonly LaneId[] = DEFAULT_LANE_ORDER): SceneBase =>
  sceneBase({ layout, order, target: SCREEN, width: 1200, summaries: new Map() });

function drawn(hidden: Parameters<typeof layoutTimeline>[2]['hiddenLanes'] = []) {
  const layout = layoutTimeline(c, rc, { frame: DAYS, hiddenLanes: hidden });
  const base = baseOf(layout);
  const links = treatmentLinks(layout, c);
  const marks = linkedMarks(base.slots, links);
  // Days −10 to 40 from the infusion on 1000 px: 20 px a day.
  const day0 = layout.lanes.flatMap((l) => l.marks).find((m) => m.key === 'cart')!.u.at;
  const x = scaleLinear()
    .domain([day0 - 10, day0 + 40])
    .range([0, 1000]);
  const barHalf = base.sizes.barHalf;
  return { layout, base, links, marks, x, barHalf, paths: linkPaths(links, marks, x, barHalf) };
}

describe('linkPaths(links, marks, x, barHalf)', () => {
  it('joins tocilizumab and methylprednisolone to the CRS below them, in the file order', () => {
    const { paths } = drawn();
    expect(paths.map((p) => `${p.from}>${p.to}`)).toEqual(['toci>crs', 'mp>crs']);
  });

  it('starts just below the treatment glyph and ends just above the CRS, at a day of the episode', () => {
    const { paths, marks, x, barHalf } = drawn();
    const toci = marks.get('toci')!;
    const crs = marks.get('crs')!;
    const p = paths[0]!;
    expect(p.start[0]).toBeCloseTo(glyphX(toci.mark, x, toci.r), 0);
    // Tocilizumab is a bar glyph (a single dose): the link leaves from the bar's foot.
    expect(p.start[1]).toBeCloseTo(toci.y + glyphReach('bar', toci.r).down + 2, 0);
    // Tocilizumab on day 3 falls inside CRS days 1–6: the arrow meets the bar at day 3, 40 px
    // right of the CRS glyph on day 1.
    expect(p.end[0]).toBeCloseTo(x(toci.mark.u.at), 0);
    expect(p.end[0]).toBeGreaterThan(x(crs.mark.u.at));
    expect(p.end[0]).toBeLessThan(x(crs.mark.u.end!));
    // On the bar: its half-height plus the 2 px gap above the CRS episode's bar.
    expect(p.end[1]).toBeCloseTo(crs.y - (barHalf + 2), 0);
    expect(crs.y).toBeGreaterThan(toci.y);
    // The path starts at `start`, its arrowhead's tip is `end`.
    expect(p.d.startsWith(`M${p.start[0]},${p.start[1]}C`)).toBe(true);
    expect(p.head.startsWith(`M${p.end[0]},${p.end[1]}L`)).toBe(true);
  });

  it('meets the CRS glyph when zoomed out so far that day 3 is within its glyph', () => {
    const layout = layoutTimeline(c, rc, { frame: DAYS });
    const base = baseOf(layout);
    const links = treatmentLinks(layout, c);
    const marks = linkedMarks(base.slots, links);
    const x = scaleLinear().domain([0, layout.axis.uMax]).range([0, 600]);
    const crs = marks.get('crs')!;
    const [p] = linkPaths(links, marks, x, base.sizes.barHalf);
    expect(p!.end[0]).toBeCloseTo(x(crs.mark.u.at), 1);
    expect(p!.end[1]).toBeCloseTo(crs.y - glyphReach(crs.mark.glyph.shape, crs.r).up - 2, 0);
  });

  it('meets a point toxicity at its glyph, and goes upwards when the toxicity lane is above', () => {
    const layout = layoutTimeline(c, rc, { frame: DAYS });
    const order = ['toxicity', ...DEFAULT_LANE_ORDER.filter((l) => l !== 'toxicity')] as const;
    const base = baseOf(layout, order);
    const links = treatmentLinks(layout, c);
    const marks = linkedMarks(base.slots, links);
    const crs = marks.get('crs')!;
    const point = new Map(marks).set('crs', {
      ...crs,
      mark: { ...crs.mark, u: { ...crs.mark.u, end: null } },
    });
    const x = scaleLinear().domain([0, layout.axis.uMax]).range([0, 1000]);
    const [p] = linkPaths(links, point, x, base.sizes.barHalf);
    expect(p!.end).toEqual([
      Math.round(glyphX(crs.mark, x, crs.r) * 10) / 10,
      Math.round((crs.y + glyphReach(crs.mark.glyph.shape, crs.r).down + 2) * 10) / 10,
    ]);
    expect(p!.start[1]).toBeLessThan(marks.get('toci')!.y);
  });

  it('draws nothing when the therapy lane is collapsed', () => {
    expect(drawn(['therapy']).paths).toEqual([]);
  });
});

describe('glyphReach(shape, r)', () => {
  /** Extent of a shape as shapePath draws it (absolute points, or h/v runs). */
  function drawnReach(shape: Glyph['shape'], r: number) {
    const d = shapePath(shape, r);
    if (shape === 'circle') return { up: r, down: r, side: r };
    const xs: number[] = [];
    const ys: number[] = [];
    let [x, y] = [0, 0];
    for (const [, cmd, args] of d.matchAll(/([MLhv])([^MLhvZ]*)/g)) {
      const n = args!.split(/[ ,]/).filter(Boolean).map(Number);
      if (cmd === 'M' || cmd === 'L') [x, y] = [n[0]!, n[1]!];
      else if (cmd === 'h') x += n[0]!;
      else y += n[0]!;
      xs.push(x);
      ys.push(y);
    }
    return { up: -Math.min(...ys), down: Math.max(...ys), side: Math.max(...xs.map(Math.abs)) };
  }

  it.each([
    'bar',
    'square',
    'cross',
    'triangle',
    'triangle-down',
    'star',
    'diamond',
    'circle',
  ] as const)('%s reaches as far above, below and aside as Glyph draws it', (shape) => {
    // Screen (7, 9) and 24 px slide (14, 20.4) half-sizes of event and toxicity glyphs.
    for (const r of [7, 9, 14, 20.4]) {
      const want = drawnReach(shape, r);
      expect(glyphReach(shape, r).up).toBeCloseTo(want.up, 1);
      expect(glyphReach(shape, r).down).toBeCloseTo(want.down, 1);
      expect(glyphReach(shape, r).side).toBeCloseTo(want.side, 1);
    }
  });
});

describe('marks name their links', () => {
  const { layout } = drawn();
  const mark = (key: string) => layout.lanes.flatMap((l) => l.marks).find((m) => m.key === key)!;

  it('a toxicity says what treated it', () => {
    expect(markName(c, rc, mark('crs'))).toMatch(
      /^Toxicity: CRS; .*; treated with Tocilizumab, Methylprednisolone$/,
    );
  });

  it('a treatment says what it was given for; others say nothing of it', () => {
    expect(markName(c, rc, mark('toci'))).toMatch(/; given for CRS$/);
    expect(markName(c, rc, mark('mp'))).toMatch(/; given for CRS$/);
    expect(markName(c, rc, mark('ld'))).not.toMatch(/given for|treated with/);
    expect(markName(c, rc, mark('no-icans'))).not.toMatch(/given for|treated with/);
  });
});

describe('the chart draws the links', () => {
  it('as .treatment-link groups with data-from and data-to, under the lanes', () => {
    const html = renderToStaticMarkup(
      <ViewStoreProvider initial={initialView(c, rc, {})}>
        <CaseTimeline c={c} rc={rc} width={1200} />
      </ViewStoreProvider>,
    );
    const links = [
      ...html.matchAll(/<g class="treatment-link" data-from="(\w+)" data-to="(\w+)">/g),
    ];
    expect(links.map((m) => `${m[1]}>${m[2]}`)).toEqual(['toci>crs', 'mp>crs']);
    expect(html).toMatch(/class="treatment-link__line" d="M[\d.]+,[\d.]+C/);
    expect(html.indexOf('treatment-links')).toBeLessThan(html.indexOf('data-lane="therapy"'));
    expect(html).toMatch(/aria-label="[^"]*CRS[^"]*treated with Tocilizumab, Methylprednisolone"/);
  });
});
