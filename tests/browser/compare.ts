// Browser checks of the two-case comparison: choose, align, zoom together, share the link.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { axeProblems, type TimelineContext } from './timeline.ts';

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
      await page.goto(`${url}#/`);
      await page.getByLabel('Or paste the JSON of a case').fill(own);
      await page.getByRole('button', { name: 'Open pasted text' }).click();
      await page.locator('.open-result--ok').waitFor();
      // The opened file lives in this page's session, so the comparison is reached in the same page.
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
}
