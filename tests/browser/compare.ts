// Browser checks of the two-case comparison: choose, align, zoom together, share the link.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { axeProblems, type TimelineContext } from './timeline.ts';
import { pasteCase } from './landing.ts';

const hash = (page: Page) => page.evaluate(() => window.location.hash);
const ticks = (pane: Locator) =>
  pane
    .locator('.axis [data-tick]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-tick')));
const panes = (page: Page) => page.locator('.compare-pane');

/** Opens the comparison page with a query and waits for the charts (or the picker). */
async function openCompare(page: Page, url: string, query: string, charts = 2) {
  await page.goto(`${url}#/compare${query ? `?${query}` : ''}`);
  await page.locator('.compare-picker').waitFor();
  if (charts)
    await page
      .locator('.compare-pane .timeline__svg')
      .nth(charts - 1)
      .waitFor();
}

/** Waits until the axis ticks of pane `index` differ from `before`. */
const ticksChanged = (page: Page, index: number, before: Array<string | null>) =>
  page.waitForFunction(
    ([i, was]) =>
      JSON.stringify(
        Array.from(
          document.querySelectorAll('.compare-pane')[i]!.querySelectorAll('.axis [data-tick]'),
          (e) => e.getAttribute('data-tick'),
        ),
      ) !== was,
    [index, JSON.stringify(before)] as const,
  );

/** Wheel-zooms the plot of one pane. */
async function wheelZoom(page: Page, pane: Locator, dy = -600) {
  const box = (await pane.locator('.timeline__surface').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + 60);
  await page.mouse.wheel(0, dy);
}

/** Page-space boxes (top, bottom, left, right) of every element a selector matches. */
const boxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
    }),
  );

/** How far the page is wider than the window (0 when nothing overflows sideways). */
const overflowX = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The smallest computed font size of any visible text inside the elements a selector matches. */
const smallestText = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((roots) => {
    let least = Infinity;
    for (const root of roots) {
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement;
        if (!n.textContent?.trim() || !el || el.closest('.visually-hidden')) continue;
        if (el.getClientRects().length === 0) continue;
        least = Math.min(least, parseFloat(getComputedStyle(el).fontSize));
      }
    }
    return least;
  });

/** Every comparison check, run through the runner's `check`. */
export async function compareChecks({ check, url, caseById }: TimelineContext): Promise<void> {
  const zhou = caseById('zhou');
  const marina = caseById('marina');
  const sun = caseById('grandma-sun');

  await check(
    'compare: choose two cases from the header link; the address names both',
    async (page) => {
      await page.goto(`${url}#/`);
      await page.getByRole('link', { name: 'Compare two' }).click();
      await page.locator('.compare-picker').waitFor();
      await page.getByLabel('First case').selectOption(zhou.id);
      await page.getByLabel('Second case').selectOption(marina.id);
      await page.locator('.compare-pane .timeline__svg').nth(1).waitFor();
      assert.deepEqual(
        await panes(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-case-id'))),
        [zhou.id, marina.id],
      );
      await page.waitForFunction(() => window.location.hash.includes('b='));
      const q = new URLSearchParams((await hash(page)).split('?')[1]);
      assert.equal(q.get('a'), zhou.id);
      assert.equal(q.get('b'), marina.id);
      assert.deepEqual(
        await ticks(panes(page).first()),
        await ticks(panes(page).last()),
        'one shared axis',
      );
    },
  );

  await check(
    'compare: changing the anchor re-aligns both panes and goes into the link',
    async (page) => {
      await openCompare(page, url, `v=1&a=${zhou.id}&b=${sun.id}`);
      // Day 0 of both panes sits at one x: Zhou's infusion over Grandma Sun's.
      const centre = async (pane: Locator, mark: string) => {
        const b = (await pane
          .locator(`[data-mark="${mark}"] .glyph__shape`)
          .first()
          .boundingBox())!;
        return b.x + b.width / 2;
      };
      const sunCart = await centre(panes(page).last(), 'cart');
      assert.ok(Math.abs((await centre(panes(page).first(), 'cart')) - sunCart) < 1.5);
      await page.getByLabel('Align on').selectOption('transplant');
      await page.waitForFunction(() => window.location.hash.includes('anchor=transplant'));
      assert.match(await panes(page).first().innerText(), /Day 0: first transplant/);
      // Grandma Sun had no transplant: her pane says what it is aligned on instead.
      assert.match(
        await panes(page).last().locator('.notice').innerText(),
        /No first transplant reported for this case, so it is aligned on its first CAR-T infusion/,
      );
      // Now Zhou's transplant is day 0, over Grandma Sun's infusion.
      const sunCartNow = await centre(panes(page).last(), 'cart');
      assert.ok(Math.abs((await centre(panes(page).first(), 'hsct')) - sunCartNow) < 1.5);
    },
  );

  await check('compare: zooming one pane moves the other; reload restores both', async (page) => {
    await openCompare(page, url, `v=1&a=${zhou.id}&b=${marina.id}`);
    const before = await ticks(panes(page).last());
    await wheelZoom(page, panes(page).first());
    await page.waitForFunction(() => window.location.hash.includes('from='));
    const first = await ticks(panes(page).first());
    const second = await ticks(panes(page).last());
    assert.notDeepEqual(second, before, 'the second pane followed');
    assert.deepEqual(second, first, 'both show the same window');
    const link = await hash(page);
    await page.reload();
    await page.locator('.compare-pane .timeline__svg').nth(1).waitFor();
    assert.equal(await hash(page), link, 'link kept');
    assert.deepEqual(await ticks(panes(page).first()), first);
    assert.deepEqual(await ticks(panes(page).last()), first);
  });

  await check(
    'compare: with the link released, zooming one pane leaves the other',
    async (page) => {
      await openCompare(page, url, `v=1&a=${zhou.id}&b=${marina.id}`);
      await page.getByLabel('Link zoom and pan').uncheck();
      await page.waitForFunction(() => window.location.hash.includes('lock=0'));
      const before = await ticks(panes(page).last());
      await wheelZoom(page, panes(page).first());
      await page.waitForFunction(() => window.location.hash.includes('from='));
      assert.notDeepEqual(await ticks(panes(page).first()), before);
      assert.deepEqual(await ticks(panes(page).last()), before, 'second pane unchanged');
    },
  );

  await check(
    'compare: side by side at 1920×1080, lanes of one kind at the same height in both panes',
    async (page) => {
      await openCompare(page, url, `v=1&a=${zhou.id}&b=${marina.id}&layout=side`);
      const [a, b] = await panes(page).evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      );
      assert.ok(a && b && b.left > a.right - 1, 'second pane to the right of the first');
      assert.ok(Math.abs(a.top - b.top) < 1, 'tops aligned');
      const laneTops = (pane: Locator) =>
        pane
          .locator('.lane-stripe')
          .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      assert.deepEqual(await laneTops(panes(page).first()), await laneTops(panes(page).last()));
      assert.deepEqual(await axeProblems(page), []);
    },
    { width: 1920, height: 1080 },
  );

  await check('compare: a link to an unknown case asks for it instead of failing', async (page) => {
    await openCompare(page, url, `v=1&a=${zhou.id}&b=no-such-case`, 0);
    assert.equal(await panes(page).count(), 0);
    assert.equal(await page.getByLabel('First case').inputValue(), zhou.id);
    assert.equal(await page.getByLabel('Second case').inputValue(), '');
    assert.match(await page.locator('main').innerText(), /Choose two cases/);
  });

  await check(
    'compare: the key-intervals table states Zhou and Marina as their sources do, and links each fact',
    async (page) => {
      await openCompare(page, url, `v=1&a=${zhou.id}&b=${marina.id}`);
      const cell = (row: string, id: string) =>
        page.locator(`.key-intervals tr[data-row="${row}"] td[data-case="${id}"]`);
      const value = (row: string, id: string) => cell(row, id).locator('.ki-value').innerText();
      // Marina: MRD undetectable on day 13 after the infusion; her CAR kinetics are not reported.
      assert.equal(await value('infusion-to-mrd-negative', marina.id), 'day 13');
      assert.match(await value('car-peak', marina.id), /not reported/);
      // Zhou: the single stated CAR peak, on day 6; CRS 1 on an unstated scale; ICANS not observed.
      assert.equal(await value('car-peak-day', zhou.id), 'day 6');
      assert.match(await value('car-peak', zhou.id), /350,758 copies\/μg/);
      assert.match(await value('crs-grade', zhou.id), /grade 1/);
      assert.match(await value('icans', zhou.id), /not observed/);
      // Zhou's CR "within 1 month" is a range, marked approximate, never one invented day.
      assert.match(await value('infusion-to-cr', zhou.id), /^≈ 0–3\d days$/);
      // A cell leads to its source: the case page opens with that fact's details.
      await cell('infusion-to-mrd-negative', marina.id)
        .locator('a.ki-evidence__link[data-key="mrd-negative"]')
        .click();
      await page.locator('.detail[data-detail="mrd-negative"]').waitFor();
      assert.equal(new URL(page.url()).hash.split('?')[0], `#/case/${marina.id}`);
      assert.match(await page.locator('.detail[data-detail="mrd-negative"]').innerText(), /Source/);
    },
  );

  await check('compare: dragging one pane, or its overview brush, moves both', async (page) => {
    await openCompare(page, url, `v=1&a=${zhou.id}&b=${marina.id}`);
    await wheelZoom(page, panes(page).first());
    await page.waitForFunction(() => window.location.hash.includes('from='));
    const zoomed = await ticks(panes(page).first());
    // Pan: drag the first pane's plot to the left.
    const box = (await panes(page).first().locator('.timeline__surface').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + 60);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + 60, { steps: 8 });
    await page.mouse.up();
    await ticksChanged(page, 0, zoomed);
    const panned = await ticks(panes(page).first());
    assert.deepEqual(await ticks(panes(page).last()), panned, 'the second pane panned too');
    // Brush: drag the window in the second pane's overview back to the right.
    const selection = panes(page).last().locator('.overview__brush .selection');
    await selection.scrollIntoViewIfNeeded();
    const sel = (await selection.boundingBox())!;
    await page.mouse.move(sel.x + sel.width / 2, sel.y + sel.height / 2);
    await page.mouse.down();
    await page.mouse.move(sel.x + sel.width / 2 + 40, sel.y + sel.height / 2, { steps: 8 });
    await page.mouse.up();
    await ticksChanged(page, 1, panned);
    const brushed = await ticks(panes(page).last());
    assert.deepEqual(
      await ticks(panes(page).first()),
      brushed,
      'the first pane followed the brush',
    );
  });

  await check(
    'compare: a case file the reader opened is compared with a library case',
    async (page) => {
      const own = readFileSync('tests/fixtures/valid/minimal-case.json', 'utf8');
      const caseId = (JSON.parse(own) as { id: string }).id;
      const ownId = `own:${caseId}`;
      await pasteCase(page, url, own);
      // A file that opens shows its timeline at once.
      await page.locator('.timeline__svg').waitFor();
      // The opened file lives in this page's session, so the comparison is reached in the same page.
      await page.goto(`${url}#/`);
      await page.getByRole('link', { name: 'Compare two' }).click();
      await page.locator('.compare-picker').waitFor();
      await page.getByLabel('First case').selectOption(ownId);
      await page.getByLabel('Second case').selectOption(zhou.id);
      await page.locator('.compare-pane .timeline__svg').nth(1).waitFor();
      assert.deepEqual(
        await panes(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-case-id'))),
        [ownId, zhou.id],
      );
      assert.ok((await panes(page).first().locator('[data-mark]').count()) > 0, 'own case drawn');
      assert.ok(
        (await page.locator(`.key-intervals td[data-case="${caseId}"]`).count()) > 0,
        'own case has a key-intervals column',
      );
    },
  );
  await check(
    'compare: at 1280×720 stacked, both charts start on the first screen; key intervals come before the one legend',
    async (page) => {
      await openCompare(page, url, `v=1&a=${zhou.id}&b=${marina.id}`);
      const [first, second] = await boxes(page, '.compare-pane .timeline__svg');
      assert.ok(first && second, 'two charts');
      console.log(
        `    (1280×720: charts at y ${Math.round(first.top)} and ${Math.round(second.top)})`,
      );
      assert.ok(first.top < 720, `first chart starts at ${first.top}, not on the first screen`);
      // At least 120 px of the second chart are on the first screen, with the first above it.
      assert.ok(second.top <= 720 - 120, `second chart starts at ${second.top}, not by y 600`);
      // Nothing long between the charts: no key hint, no details prompt under the first one.
      const between = await page
        .locator('.compare-pane')
        .first()
        .locator('.timeline__keys, .detail')
        .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
      assert.equal(between, 0, 'hint or prompt shown between the charts');
      const legends = await boxes(page, 'main .legend');
      assert.equal(legends.length, 1, 'one legend for both panes');
      const [intervals] = await boxes(page, '.compare__intervals');
      assert.ok(intervals!.top < legends[0]!.top, 'key intervals above the legend');
      assert.ok(intervals!.top >= second.bottom - 1, 'key intervals directly under the charts');
      assert.equal(await overflowX(page), 0);
    },
  );

  await check(
    'compare: an opened mark shows its details over the page; the second chart stays put; one at a time',
    async (page) => {
      await openCompare(page, url, `v=1&a=${zhou.id}&b=${marina.id}`);
      const secondTop = async () => (await boxes(page, '.compare-pane .timeline__svg'))[1]!.top;
      const before = await secondTop();
      const mark = (i: number) =>
        panes(page).nth(i).locator('[data-mark="cart"] .glyph__shape').first();
      await mark(0).click();
      await panes(page).first().locator('.detail-sheet').waitFor();
      assert.equal(await secondTop(), before, 'the second chart moved');
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page scrolled');
      // Opening a mark in the other pane closes the first one's details.
      await mark(1).click();
      await panes(page).last().locator('.detail-sheet').waitFor();
      assert.equal(await page.locator('.detail-sheet').count(), 1, 'one sheet open');
      await page.keyboard.press('Escape');
      await page.locator('.detail-sheet').waitFor({ state: 'detached' });
    },
  );

  await check(
    'compare: at 1920×1080 stacked, the key intervals sit beside both charts, the legend under the charts',
    async (page) => {
      await openCompare(page, url, `v=1&a=${zhou.id}&b=${marina.id}`);
      const [first, second] = await boxes(page, '.compare-pane');
      const [intervals] = await boxes(page, '.compare__intervals');
      const [legend] = await boxes(page, 'main .legend');
      assert.ok(first && second && intervals && legend);
      assert.ok(intervals.left >= first.right, 'key intervals to the right of the charts');
      assert.ok(
        Math.abs(intervals.top - first.top) < 2,
        'key intervals start level with the charts',
      );
      assert.ok(legend.right <= first.right + 1, 'legend under the charts, not under the table');
      assert.ok(legend.top >= second.bottom, 'legend after both charts');
      const [, chart] = await boxes(page, '.compare-pane .timeline__svg');
      console.log(`    (1920×1080: second chart at y ${Math.round(chart!.top)})`);
      assert.ok(chart!.top <= 1080 - 120, `second chart starts at ${chart!.top}, not by y 960`);
      // The table fits its column: nothing in it reaches past the window.
      const tableRight = await page
        .locator('.key-intervals__table')
        .evaluate((e) => e.getBoundingClientRect().right);
      assert.ok(tableRight <= 1920, `key-intervals table reaches x ${tableRight}`);
    },
    { width: 1920, height: 1080 },
  );

  await check(
    'compare: at 390×844 nothing overflows sideways, text is at least 12 px, axe finds nothing serious',
    async (page) => {
      await openCompare(page, url, `v=1&a=${zhou.id}&b=${marina.id}`);
      assert.equal(await overflowX(page), 0, 'page wider than the phone');
      const panesBox = await boxes(page, '.compare-pane');
      for (const p of panesBox) assert.ok(p.right <= 390, `a pane reaches x ${p.right}`);
      // The key intervals reflow instead of scrolling: the table fits its box.
      const table = await page
        .locator('.key-intervals .table-scroll')
        .evaluate((e) => e.scrollWidth - e.clientWidth);
      assert.equal(table, 0, 'key-intervals table scrolls sideways');
      const least = await smallestText(
        page,
        '.compare__head, .compare-picker, .compare-pane__head, .compare__intervals',
      );
      assert.ok(least >= 12, `text of ${least} px`);
      assert.deepEqual(await axeProblems(page), []);
    },
    { width: 390, height: 844 },
  );

  await check(
    'compare: at 390×844 a case page does not overflow; its measurement tables scroll as named, focusable regions',
    async (page) => {
      await page.goto(`${url}#/case/${marina.id}`);
      await page.locator('.timeline__svg').waitFor();
      assert.equal(await overflowX(page), 0, 'page wider than the phone');
      const regions = page.locator('.series .table-scroll');
      assert.ok((await regions.count()) > 0, 'Marina has measurement tables');
      // The MRD table is wider than the phone, so it does scroll: keyboard readers must reach it.
      const widest = await regions.evaluateAll((els) =>
        Math.max(...els.map((e) => e.scrollWidth - e.clientWidth)),
      );
      assert.ok(widest > 0, 'no table scrolls at 390 px: the check would prove nothing');
      for (const region of await regions.all()) {
        assert.equal(await region.getAttribute('tabindex'), '0');
        assert.equal(await region.getAttribute('role'), 'region');
        assert.match((await region.getAttribute('aria-label')) ?? '', /^Values of \S/);
      }
      const least = await smallestText(page, '.series-list');
      assert.ok(least >= 12, `measurement text of ${least} px`);
      assert.deepEqual(await axeProblems(page), []);
    },
    { width: 390, height: 844 },
  );
}
