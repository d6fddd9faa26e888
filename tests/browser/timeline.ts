// Browser checks of the case timeline: what a reader sees, does and shares.
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Case } from '../../src/core/format/index.ts';
import { shortCitation } from '../../src/core/summary/citation.ts';
import { denseCanvasChecks } from './denseCanvas.ts';
import { expectedTimeline } from './expected.ts';

/** What the runner lends the timeline checks. */
export interface TimelineContext {
  check: (
    name: string,
    fn: (page: Page) => Promise<void>,
    viewport?: { width: number; height: number },
  ) => Promise<void>;
  /** Base URL of the served app (ends in "/"). */
  url: string;
  /** The shipped cases by id. */
  cases: ReadonlyMap<string, Case>;
  /** The case whose id contains a prefix. */
  caseById: (prefix: string) => Case;
}

/** Opens a case page (with an optional view query) and waits for its chart. */
export async function openTimeline(page: Page, url: string, id: string, query = '') {
  await page.goto(`${url}#/case/${id}${query ? `?${query}` : ''}`);
  await page.locator('.timeline__svg').waitFor();
}

const tickLabels = (page: Page) =>
  page
    .locator('.timeline .axis [data-tick]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-tick')));
const hash = (page: Page) => page.evaluate(() => window.location.hash);

/** Serious and critical axe-core findings on the page, as "rule: target" lines. */
export async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

/** Every timeline check, run through the runner's `check`. */
export async function timelineChecks({
  check,
  url,
  cases,
  caseById,
}: TimelineContext): Promise<void> {
  await denseCanvasChecks({ check, url, cases, caseById });
  for (const c of cases.values()) {
    const want = expectedTimeline(c);
    await check(
      `${c.id}: timeline draws ${want.marks} marks and a legend of exactly their glyphs`,
      async (page) => {
        await openTimeline(page, url, c.id);
        assert.equal(await page.locator('.timeline__svg [data-mark]').count(), want.marks, 'marks');
        const keys = await page
          .locator('.legend [data-legend-key]')
          .evaluateAll((els) =>
            els
              .filter((e) => !e.classList.contains('legend__item--convention'))
              .map((e) => e.getAttribute('data-legend-key')),
          );
        assert.deepEqual(keys, want.legendKeys, 'legend keys');
      },
    );
  }

  const zhou = caseById('zhou');
  await check(
    'Zhou: CRS mark shows "1"; one kinetics point, 350,758 on day 6, no curve',
    async (page) => {
      await openTimeline(page, url, zhou.id);
      // SVG elements have no innerText: read their textContent.
      assert.equal(await page.locator('[data-mark="crs"] .glyph__text').textContent(), '1');
      const points = page.locator('.kinetics [data-mark]');
      assert.equal(await points.count(), 1, 'one kinetics point');
      const label = (await points.locator('.mark__label').textContent()) ?? '';
      assert.match(label, /350,758/);
      assert.match(label, /day 6\b/);
      assert.equal(await page.locator('[data-curve]').count(), 0, 'no curve path');
    },
  );

  const marina = caseById('marina');
  await check('Marina: MRD track shows 0.014 % and "undetectable" on day 13', async (page) => {
    await openTimeline(page, url, marina.id);
    const track = (await page.locator('.lane--measurements').textContent()) ?? '';
    assert.match(track, /0\.014\s?%/);
    assert.match(track, /undetectable/);
    const undetectable = page.locator('.lane--measurements [data-mark]', {
      hasText: 'undetectable',
    });
    assert.match((await undetectable.getAttribute('aria-label')) ?? '', /day 13\b/);
  });

  const sun = caseById('sun');
  await check('Grandma Sun in calendar mode shows a labelled break of ≈ years', async (page) => {
    await openTimeline(page, url, sun.id);
    await page.getByLabel('Time axis').selectOption('cal');
    const labels = await page.locator('.break-mark__label').allTextContents();
    assert.ok(
      // The gap between year-precise dates is worded as the range they allow ("≈ 2–4 years").
      labels.some((t) => /^≈ ?\d+(–\d+)? years$/.test(t)),
      `break labels: ${labels.join(' | ')}`,
    );
    await page.waitForFunction(() => window.location.hash.includes('frame=cal'));
  });

  for (const key of ['pan-case-1', 'pan-case-2']) {
    const pan = caseById(key);
    await check(`${pan.id}: order-only band with its label, and no date ticks`, async (page) => {
      await openTimeline(page, url, pan.id);
      assert.ok((await page.locator('[data-band="order"]').count()) > 0, 'an order band');
      const bandLabels = await page.locator('.order-band__label').allTextContents();
      assert.ok(bandLabels.includes('order only — spacing is not time'), bandLabels.join(' | '));
      const ticks = await tickLabels(page);
      const dates = ticks.filter((t) =>
        /\b(19|20)\d\d\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/.test(t ?? ''),
      );
      assert.deepEqual(dates, [], 'no calendar dates on the axis');
    });
  }

  await check('wheel zoom changes the window and the URL; reload restores it', async (page) => {
    await openTimeline(page, url, sun.id);
    const before = await tickLabels(page);
    const box = (await page.locator('.timeline__surface').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + 80);
    await page.mouse.wheel(0, -600);
    await page.waitForFunction(() => window.location.hash.includes('from='));
    const after = await tickLabels(page);
    assert.notDeepEqual(after, before, 'tick labels change');
    const zoomed = await hash(page);
    await page.reload();
    await page.locator('.timeline__svg').waitFor();
    assert.equal(await hash(page), zoomed, 'URL kept');
    assert.deepEqual(await tickLabels(page), after, 'same ticks after reload');
  });

  await check('keyboard: + zooms in, 0 resets', async (page) => {
    await openTimeline(page, url, zhou.id);
    const before = await tickLabels(page);
    await page.locator('.timeline__svg').focus();
    await page.keyboard.press('+');
    await page.waitForFunction(() => window.location.hash.includes('from='));
    assert.notDeepEqual(await tickLabels(page), before, '+ changes the ticks');
    await page.keyboard.press('0');
    await page.waitForFunction(() => !window.location.hash.includes('from='));
    assert.deepEqual(await tickLabels(page), before, '0 restores the ticks');
  });

  await check(
    'clicking a mark opens its details with source citation and locator; Enter too',
    async (page) => {
      await openTimeline(page, url, zhou.id);
      const crs = zhou.events.find((e) => e.id === 'crs')!;
      const source = zhou.sources.find((s) => s.id === crs.provenance.source)!;
      await page.locator('[data-mark="crs"] .glyph__shape').click();
      const panel = page.locator('.detail[data-detail="crs"]');
      await panel.waitFor();
      const text = await panel.innerText();
      assert.ok(text.includes(shortCitation(source)), 'citation');
      assert.ok(text.includes(crs.provenance.locator), 'locator');
      assert.match(text, /grade 1/);
      await page.waitForFunction(() => window.location.hash.includes('sel=crs'));
      await page.locator('[data-mark="icans"]').focus();
      await page.keyboard.press('Enter');
      await page.locator('.detail[data-detail="icans"]').waitFor();
    },
  );

  await check(
    'Tab reaches the chart, a lane toggle and a mark, each with a visible focus ring',
    async (page) => {
      await openTimeline(page, url, zhou.id);
      await page.locator('.timeline-controls select').focus();
      const seen = new Set<string>();
      for (let i = 0; i < 30 && !seen.has('mark'); i++) {
        await page.keyboard.press('Tab');
        const what = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el) return { kind: 'none', ring: '' };
          if (el.matches('.timeline__svg'))
            return { kind: 'chart', ring: getComputedStyle(el).outlineStyle };
          if (el.matches('.lane-title__toggle'))
            return {
              kind: 'lane',
              ring: getComputedStyle(el.querySelector('.lane-title__hit')!).stroke,
            };
          if (el.matches('[data-mark]'))
            return {
              kind: 'mark',
              ring: getComputedStyle(el.querySelector('.mark__focus')!).stroke,
            };
          return { kind: 'other', ring: '' };
        });
        if (what.kind === 'other' || what.kind === 'none') continue;
        assert.ok(what.ring && what.ring !== 'none', `${what.kind} shows focus (${what.ring})`);
        seen.add(what.kind);
      }
      assert.deepEqual([...seen].sort(), ['chart', 'lane', 'mark']);
    },
  );

  for (const c of cases.values()) {
    const want = expectedTimeline(c);
    await check(
      `${c.id}: the Table toggle lists one row per mark (${want.marks + want.unplaced})`,
      async (page) => {
        await openTimeline(page, url, c.id);
        await page.getByRole('button', { name: 'Table', exact: true }).click();
        assert.equal(
          await page.locator('table [data-mark-row]').count(),
          want.marks + want.unplaced,
        );
        assert.equal(
          await page.locator('.timeline__svg').count(),
          0,
          'the chart gives way to the table',
        );
      },
    );
  }

  await check('axe-core: no serious or critical violations on the landing page', async (page) => {
    await page.goto(`${url}#/`);
    await page.locator('.card-grid').waitFor();
    assert.deepEqual(await axeProblems(page), []);
  });

  for (const c of [zhou, marina]) {
    await check(
      `axe-core: no serious or critical violations on ${c.id} (chart, then table)`,
      async (page) => {
        await openTimeline(page, url, c.id);
        await page.locator(`[data-mark]`).first().click();
        assert.deepEqual(await axeProblems(page), [], 'chart');
        await page.getByRole('button', { name: 'Table', exact: true }).click();
        assert.deepEqual(await axeProblems(page), [], 'table');
      },
    );
  }

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await check(
      `every case fits ${viewport.width}×${viewport.height} without horizontal scrolling`,
      async (page) => {
        for (const c of cases.values()) {
          await openTimeline(page, url, c.id);
          const fits = await page.evaluate(
            () => document.documentElement.scrollWidth <= window.innerWidth,
          );
          assert.ok(fits, `${c.id} overflows`);
          const svg = (await page.locator('.timeline__svg').boundingBox())!;
          assert.ok(
            svg.x >= 0 && svg.x + svg.width <= viewport.width,
            `${c.id} chart inside the window`,
          );
        }
      },
      viewport,
    );
  }
}
