// Browser checks of the library's search and facets on the shipped library: what the landing page
// reads, typing, facets and their counts, the address, back and forward, keyboard and axe, and
// the cohort and comparison reading only the cases they show.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LibrarySummary } from '../../src/core/library/librarySummary.ts';
import {
  facetCounts,
  filterEntries,
  type FacetId,
  type LibraryFilter,
} from '../../src/core/search/index.ts';
import { axeProblems, type TimelineContext } from './timeline.ts';

/** The data files a page requests, as paths under the served prefix ("data/library.json"). */
function dataReads(page: Page, url: string): string[] {
  const reads: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`${url}data/`)) reads.push(r.url().slice(url.length));
  });
  return reads;
}

const cardIds = (page: Page) =>
  page.locator('#root .card').evaluateAll((els) => els.map((e) => e.getAttribute('data-case-id')));
const hashParams = async (page: Page) =>
  new URLSearchParams((await page.evaluate(() => window.location.hash)).split('?')[1] ?? '');

/** Each facet value's shown count, read from the page: {"crs": {"not-reported": 3, …}, …}. */
const shownCounts = (page: Page) =>
  page
    .locator('.facet')
    .evaluateAll((sets) =>
      Object.fromEntries(
        sets.map((s) => [
          s.getAttribute('data-facet'),
          Object.fromEntries(
            [...s.querySelectorAll('.facet__value')].map((l) => [
              l.querySelector('input')!.value,
              Number.parseInt(l.querySelector('.facet__count')!.textContent!, 10),
            ]),
          ),
        ]),
      ),
    );

/** The counts the page should show for a filter, from the shipped summary by the pure functions. */
function expectedCounts(summary: LibrarySummary, f: LibraryFilter) {
  const c = facetCounts(summary.cases, f);
  return Object.fromEntries(
    (Object.keys(c) as FacetId[]).map((id) => [
      id,
      Object.fromEntries(c[id].map((x) => [x.value, x.count])),
    ]),
  );
}

/** Every library search check, run through the runner's `check`. */
export async function libraryChecks({
  check,
  url,
  root,
}: Pick<TimelineContext, 'check' | 'url'> & { root: string }): Promise<void> {
  const summary = JSON.parse(
    await readFile(join(root, 'data/library.json'), 'utf8'),
  ) as LibrarySummary;
  const ids = (f: LibraryFilter) => filterEntries(summary.cases, f).map((e) => e.id);
  const all = summary.cases.map((e) => e.id);

  await check(
    'library: the landing page reads the summary alone (the build’s rendering of it is in index.html); typing and facets narrow the cards with counts, kept in the address; back and forward step through the choices',
    async (page) => {
      const reads = dataReads(page, url);
      await page.goto(`${url}#/`);
      // The live page's grid (the build's rendering of the page shows one first, over it).
      await page.locator('#root .card-grid').waitFor();
      assert.deepEqual(await cardIds(page), all);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(reads, ['data/library.json'], 'no case file, no index.json, no picture');

      const box = page.getByLabel('Search cases');
      await box.fill('cd19');
      assert.deepEqual(await cardIds(page), ids({ text: 'cd19', facets: {} }));
      assert.equal(
        await page.locator('.library-search__count').innerText(),
        `1 of ${all.length} cases match`,
      );
      assert.equal((await hashParams(page)).get('q'), 'cd19');
      await box.fill('');

      await page.getByText('Filters', { exact: true }).click();
      const crs = page.locator('.facet[data-facet="crs"]');
      await crs.getByRole('checkbox', { name: /^Not reported/ }).check();
      const f1: LibraryFilter = { text: '', facets: { crs: ['not-reported'] } };
      assert.deepEqual(await cardIds(page), ids(f1));
      assert.deepEqual(await shownCounts(page), expectedCounts(summary, f1));
      const target = page.locator('.facet[data-facet="target"]');
      await target.getByRole('checkbox', { name: /^CD7/ }).check();
      const f2: LibraryFilter = { text: '', facets: { crs: ['not-reported'], target: ['CD7'] } };
      assert.deepEqual(await cardIds(page), ids(f2));
      assert.ok(ids(f2).length < ids(f1).length, 'the second facet narrows further');
      assert.deepEqual(await shownCounts(page), expectedCounts(summary, f2));
      const params = await hashParams(page);
      assert.deepEqual(
        [params.getAll('crs'), params.getAll('target')],
        [['not-reported'], ['CD7']],
      );

      await page.goBack();
      await page.waitForFunction(() => !location.hash.includes('target='));
      assert.deepEqual(await cardIds(page), ids(f1), 'back: only the CRS choice');
      assert.equal(await target.getByRole('checkbox', { name: /^CD7/ }).isChecked(), false);
      await page.goBack();
      await page.waitForFunction(() => !location.hash.includes('crs='));
      assert.deepEqual(await cardIds(page), all, 'back again: every case');
      await page.goForward();
      await page.waitForFunction(() => location.hash.includes('crs='));
      assert.deepEqual(await cardIds(page), ids(f1), 'forward: the CRS choice again');

      // The address is a permalink: a fresh load shows the same choices.
      await page.goto(`${url}#/?target=CD7&crs=not-reported`);
      await page.reload();
      await page.locator('#root .card-grid').waitFor();
      assert.deepEqual(await cardIds(page), ids(f2));
      assert.ok(await target.getByRole('checkbox', { name: /^CD7/ }).isChecked());
    },
  );

  await check(
    'library: the search works from the keyboard (Tab, type, Enter opens the filters, Space chooses) and axe finds nothing serious',
    async (page) => {
      await page.goto(`${url}#/`);
      await page.locator('#root .card-grid').waitFor();
      let onBox = false;
      for (let i = 0; i < 10 && !onBox; i++) {
        await page.keyboard.press('Tab');
        onBox = await page.evaluate(
          () => (document.activeElement as HTMLInputElement | null)?.type === 'search',
        );
      }
      assert.ok(onBox, 'the search box takes focus within 10 Tab presses');
      await page.keyboard.type('zhou');
      assert.deepEqual(await cardIds(page), ids({ text: 'zhou', facets: {} }));
      await page.keyboard.press('Escape'); // a search box clears on Escape
      await page.waitForFunction(() => document.querySelectorAll('.card').length > 1);
      let onFilters = false;
      for (let i = 0; i < 5 && !onFilters; i++) {
        await page.keyboard.press('Tab');
        onFilters = await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
      }
      assert.ok(onFilters, 'Filters is the next stop after the search box');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
      await page.keyboard.press('Space');
      const f: LibraryFilter = { text: '', facets: { target: [first] } };
      assert.deepEqual(await cardIds(page), ids(f), `Space chose CAR target ${first}`);
      assert.deepEqual(await axeProblems(page), [], 'no serious axe finding with filters open');
    },
  );

  await check(
    'library: "See these cases as a cohort" opens the cohort of the filtered cases and reads no case file',
    async (page) => {
      const f: LibraryFilter = { text: '', facets: { target: ['CD7'], crs: ['3', '1'] } };
      const want = ids(f);
      assert.ok(want.length > 0 && want.length < all.length, 'a real narrowing');
      await page.goto(`${url}#/?target=CD7&crs=3&crs=1`);
      await page.locator('#root .card-grid').waitFor();
      const reads = dataReads(page, url);
      await page.getByRole('link', { name: `See these ${want.length} cases as a cohort` }).click();
      await page.locator('.swimmer-row').first().waitFor();
      const rows = await page
        .locator('.swimmer-row')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-case-id')));
      assert.deepEqual([...rows].sort(), [...want].sort());
      assert.deepEqual(
        reads.filter((r) => r.startsWith('data/cases/')),
        [],
        'the rows come from the summary: no case file is read',
      );
      // The cohort's own view state joins the search in the address; neither drops the other.
      await page.getByLabel('Sort by', { exact: true }).selectOption('crs');
      await page.waitForFunction(() => location.hash.includes('sort=crs'));
      const params = await hashParams(page);
      assert.deepEqual(params.getAll('crs'), ['3', '1']);
      assert.deepEqual(params.getAll('target'), ['CD7']);
      // Widening the search in the cohort adds the rows it keeps.
      // The cohort's filters start folded (its chart comes first) and say how many are chosen.
      const filters = page.locator('.cohort .library-search summary');
      assert.equal(await filters.innerText(), 'Filters (3 chosen)');
      await filters.click();
      await page
        .locator('.cohort .facet[data-facet="crs"]')
        .getByRole('checkbox', { name: /^Not reported/ })
        .check();
      const wider = ids({ ...f, facets: { ...f.facets, crs: ['3', '1', 'not-reported'] } });
      await page.waitForFunction(
        (n) => document.querySelectorAll('.swimmer-row').length === n,
        wider.length,
      );
      assert.deepEqual(
        reads.filter((r) => r.startsWith('data/cases/')),
        [],
        'nor when widened',
      );
    },
  );

  await check(
    'library: the comparison picker offers the cases the library search keeps, reads only the two chosen, and can offer every case again',
    async (page) => {
      const reads = dataReads(page, url);
      await page.goto(`${url}#/compare?q=cd7`);
      await page.locator('.compare-picker__narrowed').waitFor();
      const cd7 = ids({ text: 'cd7', facets: {} });
      const offered = () =>
        page
          .getByLabel('First case')
          .locator('option')
          .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v));
      assert.deepEqual(await offered(), cd7);
      assert.match(
        await page.locator('.compare-picker__narrowed').innerText(),
        new RegExp(`offer the ${cd7.length} of ${all.length} cases`),
      );
      await page.getByLabel('First case').selectOption(cd7[0]!);
      await page.getByLabel('Second case').selectOption(cd7[1]!);
      await page.locator('.compare-pane .timeline__svg').nth(1).waitFor();
      const files = summary.cases
        .filter((e) => e.id === cd7[0] || e.id === cd7[1])
        .map((e) => `data/${e.file}`);
      assert.deepEqual(
        reads.filter((r) => r.startsWith('data/cases/')).sort(),
        [...files].sort(),
        'the two chosen case files, nothing else',
      );
      await page.waitForFunction(() => location.hash.includes('b='));
      const params = await hashParams(page);
      assert.deepEqual(
        [params.get('a'), params.get('b'), params.get('q')],
        [cd7[0], cd7[1], 'cd7'],
      );
      await page.getByRole('button', { name: 'Offer every case' }).click();
      assert.deepEqual(await offered(), all);
      await page.waitForFunction(() => !location.hash.includes('q='));
    },
  );
}
