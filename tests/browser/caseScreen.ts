// Browser checks of a case page's first screen and its interaction at 1280×720: how high the chart
// starts, the one-row toolbar, a mark's details that move nothing, Escape, the lane popover, and
// the table in time order. Geometry is read from the DOM.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { resolveCase } from '../../src/core/time/index.ts';
import { axeProblems, openTimeline, type TimelineContext } from './timeline.ts';

/** The highest the chart's SVG may start at 1280×720 (header, title, summary and toolbar above it). */
const CHART_TOP_MAX = 190;
const VIEWPORT_H = 720;
const PHONE = { width: 390, height: 844 };

/** Page width beyond the screen, and text under 12 px in the page's own chrome and details. */
const phoneProblems = (page: Page) =>
  page.evaluate(() => {
    const small = [
      ...document.querySelectorAll(
        '.site-header *, .case__head *, .case-toolbar *, .detail-sheet *',
      ),
    ]
      .filter((el) => (el as HTMLElement).offsetParent !== null || el.closest('svg'))
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 12)
      .map((el) => `${el.textContent!.trim().slice(0, 20)} (${getComputedStyle(el).fontSize})`);
    // The overview's words sit in the gutter, left of its strip (they once ran under it).
    const strip = document.querySelector('.overview__bg')?.getBoundingClientRect();
    for (const t of document.querySelectorAll('.overview text')) {
      const r = t.getBoundingClientRect();
      if (strip && r.right > strip.left) small.push(`"${t.textContent}" runs under the overview`);
    }
    return { overflow: document.documentElement.scrollWidth - window.innerWidth, small };
  });

const chartBox = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('.timeline__svg')!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, scrollY: window.scrollY };
  });

/**
 * The mark drawn lowest while still wholly on the first screen, with a point where a click reaches
 * it (not covered by another mark's label): the mark whose details, when they opened under the
 * chart, used to scroll the page the furthest.
 */
const lowestMarkInView = (page: Page) =>
  page.evaluate((h) => {
    let best: { key: string; x: number; y: number } | null = null;
    for (const el of document.querySelectorAll('.timeline__svg [data-mark]')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.top < 0 || r.bottom > h - 4) continue;
      const shape = el.querySelector('.glyph__shape, .period__bar') ?? el;
      const s = shape.getBoundingClientRect();
      const x = s.left + s.width / 2;
      const y = s.top + s.height / 2;
      if (!el.contains(document.elementFromPoint(x, y))) continue;
      if (!best || y > best.y) best = { key: el.getAttribute('data-mark')!, x, y };
    }
    return best;
  }, VIEWPORT_H);

/** The case-page checks, run through the runner's `check` (1280×720 unless said otherwise). */
export async function caseScreenChecks({ check, url, cases }: TimelineContext): Promise<void> {
  for (const c of cases.values()) {
    await check(
      `first screen: the chart starts at y ≤ ${CHART_TOP_MAX} and the toolbar is one row (${c.id})`,
      async (page) => {
        await openTimeline(page, url, c.id);
        const { top } = await chartBox(page);
        assert.ok(top <= CHART_TOP_MAX, `chart SVG top ${top.toFixed(1)} px > ${CHART_TOP_MAX}`);
        const tops = await page
          .locator(
            '.case-toolbar :is(h2, select, button, summary):not(.export-print-note *):visible',
          )
          .evaluateAll((els) =>
            els.map((e) => ({
              what: (e.textContent ?? '').trim().slice(0, 20) || e.tagName,
              top: e.getBoundingClientRect().top,
            })),
          );
        assert.ok(tops.length >= 8, `expected the toolbar's controls, found ${tops.length}`);
        const first = tops[0]!.top;
        const off = tops.filter((t) => Math.abs(t.top - first) > 4);
        assert.deepEqual(
          off.map((t) => `${t.what} at ${t.top.toFixed(0)}`),
          [],
          `controls off the row at y ${first.toFixed(0)}`,
        );
        // The legend sits under the chart, never between the toolbar and it.
        const legendTop = await page
          .locator('.case__legend')
          .evaluate((e) => e.getBoundingClientRect().top);
        assert.ok(legendTop > top, 'legend under the chart');
      },
    );

    await check(
      `clicking a mark keeps the chart on screen; Escape closes the details and focuses the mark (${c.id})`,
      async (page) => {
        await openTimeline(page, url, c.id);
        const target = await lowestMarkInView(page);
        assert.ok(target, 'a mark wholly on the first screen, reachable by a click');
        const { key } = target;
        const before = await chartBox(page);
        await page.mouse.click(target.x, target.y);
        // A JSON string is a valid quoted CSS attribute value ("car-copies[0]" needs the quotes).
        const panel = page.locator(`.detail[data-detail=${JSON.stringify(key)}]`);
        await panel.waitFor();
        // A smooth scroll would still be running a moment after the click.
        await page.waitForTimeout(600);
        const after = await chartBox(page);
        assert.ok(
          after.bottom > 0 && after.top < VIEWPORT_H,
          `chart off screen after the click (top ${after.top}, bottom ${after.bottom})`,
        );
        assert.equal(after.scrollY, before.scrollY, 'the page did not scroll');
        // The glyph that was clicked stays in sight beside the sheet.
        const sheet = await panel.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
        const covered =
          target.x > sheet.left &&
          target.x < sheet.right &&
          target.y > sheet.top &&
          target.y < sheet.bottom;
        assert.ok(
          !covered,
          `the details (${sheet.left}–${sheet.right}) cover the mark at x ${target.x}`,
        );

        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
        assert.equal(
          await page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? null),
          key,
          'focus is back on the mark',
        );
        assert.equal((await chartBox(page)).scrollY, before.scrollY, 'Escape did not scroll');
      },
    );

    await check(`opening Lanes leaves the chart where it was (${c.id})`, async (page) => {
      await openTimeline(page, url, c.id);
      const before = await chartBox(page);
      const summary = page.locator('.timeline-controls summary', { hasText: /^Lanes/ });
      await summary.click();
      const list = page.locator('.timeline-controls .lane-list');
      await list.waitFor();
      const after = await chartBox(page);
      assert.ok(
        Math.abs(after.top - before.top) <= 1,
        `chart top moved from ${before.top} to ${after.top}`,
      );
      const listBox = (await list.boundingBox())!;
      assert.ok(listBox.y + listBox.height > after.top, 'the list floats over the chart');
      await page.keyboard.press('Escape');
      await list.waitFor({ state: 'hidden' });
      assert.equal(
        await page.evaluate(() => document.activeElement?.matches('.timeline-controls summary')),
        true,
        'focus back on the Lanes button',
      );
    });

    await check(
      `the table lists the marks in time order, lane as a column, untimed last (${c.id})`,
      async (page) => {
        const rc = resolveCase(c);
        await openTimeline(page, url, c.id);
        await page.getByRole('button', { name: 'Table', exact: true }).click();
        const table = page.locator('.timeline-table table');
        await table.waitFor();
        const heads = await table.locator('thead th').allInnerTexts();
        const laneCol = heads.indexOf('Lane');
        const rows = await table.locator('tbody tr').evaluateAll(
          (trs, col) =>
            trs.map((tr) => ({
              key: tr.getAttribute('data-mark-row')!,
              lane: col < 0 ? '' : (tr.children[col] as HTMLElement).innerText.trim(),
            })),
          laneCol,
        );
        assert.ok(rows.length > 0, 'rows');
        // The time column follows the resolved order, which every stated date, offset and
        // "before/after" respects; facts with no time come after every timed one.
        const rank = new Map(rc.order.map((k, i) => [k, i]));
        const timed = (k: string) => rc.times.get(k)?.placement !== 'unknown';
        const firstUntimed = rows.findIndex((r) => !timed(r.key));
        if (firstUntimed >= 0)
          assert.ok(
            rows.slice(firstUntimed).every((r) => !timed(r.key)),
            'facts with no time come last',
          );
        const order = rows.filter((r) => timed(r.key)).map((r) => rank.get(r.key) ?? Infinity);
        for (let i = 1; i < order.length; i++)
          assert.ok(
            order[i]! >= order[i - 1]!,
            `row ${i} (${rows[i]!.key}) comes before row ${i - 1} (${rows[i - 1]!.key}) in time`,
          );
        assert.ok(laneCol >= 0, `a Lane column (${heads.join(' | ')})`);
        for (const r of rows) assert.ok(r.lane, `${r.key} names its lane`);
        if (firstUntimed >= 0)
          assert.match(await table.locator('caption').innerText(), /no reported time/);
      },
    );

    // Depends on the chart's own compaction (the lead's scene work); the numbers are the point.
    await check(`first screen: every lane above the fold at 1280×720 (${c.id})`, async (page) => {
      await openTimeline(page, url, c.id);
      const lanes = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.timeline__svg [data-lane-box]')];
        const titles = [...document.querySelectorAll('.timeline__svg [data-lane-title]')];
        const stripes = boxes.length
          ? boxes
          : [...document.querySelectorAll('.timeline__svg .lane-stripe')];
        return stripes.map((el, i) => ({
          lane: el.getAttribute('data-lane-box') ?? titles[i]?.getAttribute('data-lane-title'),
          bottom: Math.round(el.getBoundingClientRect().bottom),
        }));
      });
      assert.ok(lanes.length > 0, 'lane boxes found');
      const below = lanes.filter((l) => l.bottom > VIEWPORT_H);
      assert.deepEqual(
        below.map((l) => `${l.lane} ends at ${l.bottom}`),
        [],
        `${below.length} of ${lanes.length} lanes end below ${VIEWPORT_H} px`,
      );
    });
  }

  for (const c of cases.values()) {
    await check(
      `phone 390×844: the head, toolbar, lane list and details fit the width, text ≥ 12 px (${c.id})`,
      async (page) => {
        await openTimeline(page, url, c.id);
        const problems: string[] = [];
        const look = async (when: string) => {
          const p = await phoneProblems(page);
          if (p.overflow > 0) problems.push(`${when}: ${p.overflow} px beyond the screen`);
          for (const t of p.small) problems.push(`${when}: ${t}`);
        };
        await look('first load');
        await page.locator('.timeline-controls summary', { hasText: /^Lanes/ }).click();
        await page.locator('.timeline-controls .lane-list').waitFor();
        await look('lanes open');
        await page.keyboard.press('Escape');
        await page.locator('.timeline__svg [data-mark]').first().focus();
        await page.keyboard.press('Enter');
        await page.locator('.detail[data-detail]').waitFor();
        await look('details open');
        assert.deepEqual(problems, []);
      },
      PHONE,
    );
  }

  await check(
    'phone 390×844: axe finds nothing serious on the timeline table',
    async (page) => {
      const c = [...cases.values()][0]!;
      await openTimeline(page, url, c.id);
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await page.locator('.timeline-table table').waitFor();
      assert.deepEqual(await axeProblems(page), []);
    },
    PHONE,
  );
}
