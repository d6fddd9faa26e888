// Browser checks of "treated by" links: a fictional case (tests/fixtures/valid/treated-crs.json,
// not patient data) opened as the reader's own file, since no shipped case has treatedBy. Where
// the links are drawn is read from the DOM and compared with where the marks are drawn.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { TimelineContext } from './timeline.ts';
import { keepFunctionNames } from './chromium.ts';
import { pasteCase } from './landing.ts';

const FIXTURE = readFileSync('tests/fixtures/valid/treated-crs.json', 'utf8');
const CASE = `#/case/own%3A${(JSON.parse(FIXTURE) as { id: string }).id}`;

/** Pastes the fixture into the opener, opens it, then shows the given view query. */
async function openFixture(page: Page, url: string, query: string) {
  // The helpers inside drawnLinks's page function are named.
  await keepFunctionNames(page);
  await pasteCase(page, url, FIXTURE);
  // A file that opens shows its timeline at once.
  await page.locator('.timeline__svg').waitFor();
  // The opened file lives in this page's session: a hash change keeps it.
  await page.goto(`${url}${CASE}?v=1&${query}`);
  await page.locator('.timeline__svg .treatment-link').first().waitFor();
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface DrawnLink {
  from: string;
  to: string;
  /** Where the connector starts and where its arrowhead's tip is, in page pixels. */
  start: { x: number; y: number };
  tip: { x: number; y: number };
  /** The boxes of what each mark draws on the axis: its glyph and period bar, and their union. */
  fromBox: Box;
  toBox: Box;
  toShapes: Box[];
  /** The treatment's glyph centre. */
  fromCentre: { x: number; y: number };
  d: string;
}

/** Every link's ends and its two marks' drawn shapes, as the browser lays them out. */
function drawnLinks(page: Page): Promise<DrawnLink[]> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.timeline__svg')!;
    const onPage = (el: SVGGeometryElement, at: number) => {
      const p = el.getPointAtLength(at);
      const q = new DOMPoint(p.x, p.y).matrixTransform(el.getScreenCTM()!);
      return { x: q.x, y: q.y };
    };
    const shapes = (key: string): Box[] => {
      const els = svg.querySelectorAll(
        `[data-mark="${key}"] .glyph__shape, [data-mark="${key}"] .period__bar`,
      );
      return [...els].map((e) => {
        const { left, right, top, bottom } = e.getBoundingClientRect();
        return { left, right, top, bottom };
      });
    };
    const union = (rects: Box[]): Box => {
      if (rects.length === 0) throw new Error('a linked mark draws no glyph or bar');
      return {
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
        top: Math.min(...rects.map((r) => r.top)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
      };
    };
    return [...svg.querySelectorAll('.treatment-link')].map((g) => {
      const from = g.getAttribute('data-from')!;
      const to = g.getAttribute('data-to')!;
      const line = g.querySelector<SVGPathElement>('.treatment-link__line')!;
      const head = g.querySelector<SVGPathElement>('.treatment-link__head')!;
      const glyph = svg.querySelector(`[data-mark="${from}"] .glyph__shape`)!;
      const r = glyph.getBoundingClientRect();
      return {
        from,
        to,
        start: onPage(line, 0),
        tip: onPage(head, 0),
        fromBox: union(shapes(from)),
        toBox: union(shapes(to)),
        toShapes: shapes(to),
        fromCentre: { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 },
        d: line.getAttribute('d')!,
      };
    });
  });
}

/** Asserts each link leaves its treatment just below its glyph and ends just above the toxicity. */
function assertEndsAtMarks(links: DrawnLink[], when: string) {
  assert.deepEqual(
    links.map((l) => `${l.from}>${l.to}`),
    ['toci>crs', 'mp>crs'],
    `${when}: one link per treatment of the CRS`,
  );
  for (const l of links) {
    const name = `${when}, ${l.from}>${l.to}`;
    // Treatments sit in the lane above the toxicities: down from the glyph, onto the CRS.
    assert.ok(
      Math.abs(l.start.x - l.fromCentre.x) <= 1.5,
      `${name}: starts under the glyph centre (${l.start.x} vs ${l.fromCentre.x})`,
    );
    const below = l.start.y - l.fromBox.bottom;
    assert.ok(below >= -1 && below <= 5, `${name}: starts at the glyph's foot (${below} px)`);
    assert.ok(
      l.tip.x >= l.toBox.left - 1 && l.tip.x <= l.toBox.right + 1,
      `${name}: tip over the CRS (${l.tip.x} in ${l.toBox.left}–${l.toBox.right})`,
    );
    // Just above the glyph or bar under the tip (an episode's bar is lower than its glyph).
    const under = l.toShapes.filter((b) => b.left - 1 <= l.tip.x && l.tip.x <= b.right + 1);
    const above = Math.min(...under.map((b) => b.top)) - l.tip.y;
    assert.ok(above >= -1 && above <= 5, `${name}: tip touches the CRS from above (${above} px)`);
  }
}

/** Every "treated by" check, run through the runner's `check`. */
export async function treatmentLinkChecks({ check, url }: TimelineContext): Promise<void> {
  await check(
    'treatment links: tocilizumab and methylprednisolone link to the CRS they treated, at the drawn marks',
    async (page) => {
      await openFixture(page, url, 'frame=rel%3Acart&from=-10&to=40');
      const links = await drawnLinks(page);
      assertEndsAtMarks(links, 'days −10 to 40');
      // Tocilizumab on day 3 is inside CRS days 1–6: its arrow meets the CRS bar at day 3.
      const toci = links[0]!;
      assert.ok(
        Math.abs(toci.tip.x - toci.fromCentre.x) <= 1.5,
        `the tocilizumab arrow drops straight onto day 3 (${toci.tip.x} vs ${toci.fromCentre.x})`,
      );
      assert.ok(toci.tip.x - toci.toBox.left > 20, 'right of the CRS onset on day 1');

      const crs = page.locator('[data-mark="crs"]');
      assert.match(
        (await crs.getAttribute('aria-label')) ?? '',
        /; treated with Tocilizumab, Methylprednisolone$/,
      );
      assert.match(
        (await page.locator('[data-mark="toci"]').getAttribute('aria-label')) ?? '',
        /; given for CRS$/,
      );
      assert.equal(
        await page.locator('.treatment-links').getAttribute('aria-hidden'),
        'true',
        'the connectors themselves are not read out twice',
      );

      // Zoomed in and out, the links follow the marks.
      await page.locator('.timeline__svg').focus();
      await page.keyboard.press('+');
      await page.waitForFunction(
        (d) => document.querySelector('.treatment-link__line')?.getAttribute('d') !== d,
        toci.d,
      );
      const zoomed = await drawnLinks(page);
      assertEndsAtMarks(zoomed, 'zoomed in');
      await page.keyboard.press('0');
      await page.waitForFunction(
        (d) => document.querySelector('.treatment-link__line')?.getAttribute('d') !== d,
        zoomed[0]!.d,
      );
      assertEndsAtMarks(await drawnLinks(page), 'the whole case');

      // Opening the CRS makes its links stand out.
      await crs.locator('.glyph').click();
      await page.locator('.treatment-link--selected').first().waitFor();
      assert.equal(await page.locator('.treatment-link--selected').count(), 2);
    },
  );

  await check('treatment links: collapsing the Therapies lane removes them', async (page) => {
    await openFixture(page, url, 'frame=rel%3Acart&from=-10&to=40');
    await page.getByRole('button', { name: 'Therapies lane: collapse' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.treatment-link').length === 0);
  });

  await check(
    'treatment links: the exported SVG keeps them, each joining its two marks',
    async (page) => {
      await openFixture(page, url, 'frame=rel%3Acart&from=-10&to=40');
      const live = await drawnLinks(page);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('.export-menu').getByRole('button', { name: 'SVG', exact: true }).click(),
      ]);
      const text = readFileSync(await file.path(), 'utf8');
      // The file is drawn at its own width from the scene: each link is checked against the marks
      // drawn in the same file, with real boxes from the browser's renderer.
      const exported = await page.evaluate((src) => {
        const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
        const root = document.importNode(doc.documentElement, true);
        document.body.appendChild(root);
        const box = (els: Element[]) => {
          const bs = els.map((e) => e.getBoundingClientRect());
          return {
            l: Math.min(...bs.map((b) => b.left)),
            r: Math.max(...bs.map((b) => b.right)),
            t: Math.min(...bs.map((b) => b.top)),
            b: Math.max(...bs.map((b) => b.bottom)),
          };
        };
        const shapes = (key: string) =>
          box([...root.querySelectorAll(`[data-mark="${key}"] :is(path, rect)`)]);
        const out = [...root.querySelectorAll('g[data-from][data-to]')].map((g) => {
          const [line, head] = [...g.querySelectorAll('path')] as SVGPathElement[];
          const from = g.getAttribute('data-from')!;
          const to = g.getAttribute('data-to')!;
          return {
            key: `${from}>${to}`,
            stroke: line!.getAttribute('stroke') ?? '',
            start: box([line!]),
            head: box([head!]),
            from: shapes(from),
            to: shapes(to),
          };
        });
        root.remove();
        return out;
      }, text);
      assert.deepEqual(
        exported.map((e) => e.key),
        live.map((l) => `${l.from}>${l.to}`),
        'the same links',
      );
      const near = (a: { l: number; r: number; t: number; b: number }, b: typeof a, pad: number) =>
        a.l <= b.r + pad && a.r >= b.l - pad && a.t <= b.b + pad && a.b >= b.t - pad;
      for (const e of exported) {
        assert.match(e.stroke, /^(rgb|#)/, `${e.key}: stroke as an attribute`);
        assert.ok(near(e.head, e.to, 4), `${e.key}: the arrowhead touches the toxicity's mark`);
        assert.ok(near(e.start, e.from, 4), `${e.key}: the line leaves the treatment's mark`);
      }
    },
  );
}
