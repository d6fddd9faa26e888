// Browser checks of the cohort swimmer plot: rows, sorting, permalinks, opening and comparing cases.
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Case } from '../../src/core/format/index.ts';
import { smallestText } from './textSize.ts';
import type { TimelineContext } from './timeline.ts';

/** Opens the cohort view (with an optional query) and waits for its rows or table. */
async function openCohort(page: Page, url: string, query = '') {
  await page.goto(`${url}#/cohort${query ? `?${query}` : ''}`);
  await page.locator('#root .swimmer-row, #root .cohort-table').first().waitFor();
}

const rowIds = (page: Page) =>
  page
    .locator('#root .swimmer-row')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-case-id')));
const hashParams = async (page: Page) =>
  new URLSearchParams((await page.evaluate(() => window.location.hash)).split('?')[1] ?? '');

/** The highest CRS grade a case file states, or -1 when it states none (read from the JSON). */
function maxCrsGrade(c: Case): number {
  const grades = c.events.flatMap((e) =>
    e.kind === 'toxicity' && e.toxicity === 'CRS' && e.occurred && typeof e.grade === 'object'
      ? [e.grade.value]
      : [],
  );
  return grades.length > 0 ? Math.max(...grades) : -1;
}

/** Serious and critical axe-core findings, as "rule: target" lines. */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

/** Every cohort check, run through the runner's `check`. */
export async function cohortChecks({
  check,
  url,
  cases,
  caseById,
}: TimelineContext): Promise<void> {
  const zhou = caseById('zhou');
  const marina = caseById('marina');

  await check(
    `cohort: one row per shipped case (${cases.size}), drawn from the library summary without reading a case file; a row's label opens its case`,
    async (page) => {
      const reads: string[] = [];
      page.on('request', (r) => {
        if (r.url().startsWith(`${url}data/`)) reads.push(r.url().slice(url.length));
      });
      await openCohort(page, url);
      assert.deepEqual([...(await rowIds(page))].sort(), [...cases.keys()].sort());
      await page.waitForLoadState('networkidle');
      // The build's picture of the page (data/prerender/) is not a case file.
      const files = reads.filter((r) => !r.startsWith('data/prerender/'));
      assert.deepEqual(files, ['data/library.json'], 'the summary alone: no case file, no index');
      const params = await hashParams(page);
      assert.equal(params.get('sort'), 'follow-up', 'the address carries the sort');
      await page.locator(`.swimmer-row[data-case-id="${zhou.id}"] .swimmer-row__link`).click();
      await page.locator('article.case h1').waitFor();
      assert.equal(new URL(page.url()).hash, `#/case/${zhou.id}`);
      assert.equal(await page.locator('article.case h1').innerText(), zhou.title);
    },
  );

  await check(
    'cohort: sorting by CRS grade reorders the rows; the permalink restores it',
    async (page) => {
      await openCohort(page, url);
      const before = await rowIds(page);
      await page.getByLabel('Sort by', { exact: true }).selectOption('crs');
      const graded = [...cases.values()]
        .filter((c) => maxCrsGrade(c) >= 0)
        .sort((a, b) => maxCrsGrade(b) - maxCrsGrade(a))
        .map((c) => c.id);
      const after = await rowIds(page);
      assert.deepEqual(after.slice(0, graded.length), graded, 'graded cases first, highest first');
      assert.notDeepEqual(after, before, 'the order changed');
      await page.getByLabel('Order', { exact: true }).selectOption('asc');
      const asc = await rowIds(page);
      assert.deepEqual(
        asc.slice(-graded.length),
        [...graded].reverse(),
        'lowest first: graded last',
      );
      const params = await hashParams(page);
      assert.equal(params.get('sort'), 'crs');
      assert.equal(params.get('dir'), 'asc');
      const link = await page.evaluate(() => window.location.href);
      await page.goto('about:blank');
      await page.goto(link);
      await page.locator('#root .swimmer-row').first().waitFor();
      assert.deepEqual(await rowIds(page), asc, 'the permalink gives the same order');
      assert.equal(await page.getByLabel('Sort by', { exact: true }).inputValue(), 'crs');
    },
  );

  await check('cohort: rows without a timed follow-up come last; Pan has no bar', async (page) => {
    await openCohort(page, url);
    const ids = await rowIds(page);
    for (const key of ['pan-case-1', 'pan-case-2', 'kong'])
      assert.ok(ids.indexOf(caseById(key).id) >= ids.length - 3, `${key} among the last three`);
    const pan = page.locator(`.swimmer-row[data-case-id="${caseById('pan-case-1').id}"]`);
    assert.equal(await pan.locator('.swimmer-track__bar').count(), 0, 'no duration bar');
    assert.match(await pan.innerText(), /No dates or durations reported/);
    const kong = page.locator(`.swimmer-row[data-case-id="${caseById('kong').id}"]`);
    assert.match(await kong.innerText(), /times after the first infusion not reported/);
  });

  await check(
    'cohort: two ticked rows open the comparison with both ids in the address',
    async (page) => {
      await openCohort(page, url);
      await page.getByLabel(`Compare Zhou`).check();
      await page.getByLabel(`Compare Marina`).check();
      await page.getByRole('link', { name: 'Compare these two' }).click();
      await page.waitForFunction(() => window.location.hash.startsWith('#/compare'));
      const params = new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
      assert.deepEqual([params.get('a'), params.get('b')].sort(), [zhou.id, marina.id].sort());
    },
  );

  await check('cohort: markers are reachable by Tab and named with what and when', async (page) => {
    await openCohort(page, url);
    let name: string | null = null;
    for (let i = 0; i < 40 && !name; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() =>
        document.activeElement?.classList.contains('swimmer-marker')
          ? document.activeElement.getAttribute('aria-label')
          : null,
      );
    }
    assert.ok(name, 'a marker takes focus within 40 Tab presses');
    assert.match(name, /as stated:/);
    const mrd = page.locator(
      `.swimmer-row[data-case-id="${marina.id}"] [data-kind="mrd-negative"]`,
    );
    assert.match((await mrd.getAttribute('aria-label')) ?? '', /day 13/);
    assert.deepEqual(await axeProblems(page), []);
  });

  await check(
    'cohort: the table shows the same rows, and the address keeps the table',
    async (page) => {
      await openCohort(page, url);
      await page.getByRole('button', { name: 'Show as table' }).click();
      assert.equal(await page.locator('.cohort-table tbody tr').count(), cases.size);
      assert.equal((await hashParams(page)).get('table'), '1');
      assert.match(await page.locator('.cohort-table').innerText(), /day 13/);
      assert.deepEqual(await axeProblems(page), []);
    },
  );

  await check(
    'cohort: at phone width (390×844) the page does not scroll sideways, every text is at least 12 px, the chart scrolls in its own box, axe finds nothing serious',
    async (page) => {
      await openCohort(page, url);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        window: window.innerWidth,
      }));
      assert.ok(widths.page <= widths.window, `page ${widths.page} px in ${widths.window} px`);
      // The library search sits above the chart; text is measured where it is on screen.
      await page.locator('.swimmer').scrollIntoViewIfNeeded();
      const chart = await smallestText(page, '.swimmer');
      const all = await smallestText(page, 'main');
      console.log(
        `    cohort 390×844: smallest chart text ${chart?.px} px (“${chart?.text}”), page ${all?.px} px (“${all?.text}”)`,
      );
      assert.ok(chart && chart.px >= 12, `chart text ${chart?.px} px (“${chart?.text}”)`);
      assert.ok(all && all.px >= 12, `page text ${all?.px} px (“${all?.text}”)`);
      // The axis keeps its ticks apart: no two tick labels overlap.
      const boxes = await page
        .locator('.swimmer-axis__label')
        .evaluateAll((els) =>
          els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]),
        );
      for (let i = 1; i < boxes.length; i++)
        assert.ok(
          boxes[i]![0]! >= boxes[i - 1]![1]! - 0.5,
          `tick labels ${i - 1} and ${i} overlap`,
        );
      // Wider than the phone, the drawing scrolls inside its box, which the keyboard can reach.
      const box = page.locator('.swimmer');
      assert.equal(await box.getAttribute('tabindex'), '0');
      assert.ok(await box.evaluate((el) => el.scrollWidth > el.clientWidth));
      assert.deepEqual(await axeProblems(page), []);
    },
    { width: 390, height: 844 },
  );
}
