// Browser tests: serve the built app (dist/) under a sub-path and check what a reader sees.
// Run `npm run build` first. Prints "browser: N passed, M failed" and exits non-zero on failure.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Case, LibraryIndex } from '../../src/core/format/index.ts';
import { launchChromium } from './chromium.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { assertStoriesRender, STORYBOOK_DIR, storyIds } from './stories.ts';
import { timelineChecks } from './timeline.ts';
import { timeGeometryChecks } from './timeGeometry.ts';
import { openCaseChecks } from './openCase.ts';
import { cspChecks } from './csp.ts';
import { compareChecks } from './compare.ts';
import { cohortChecks } from './cohort.ts';
import { embedChecks } from './embed.ts';
import { revealChecks } from './reveal.ts';
import { exportChecks } from './export.ts';
import { treatmentLinkChecks } from './treatmentLinks.ts';
import { sceneGeometryChecks } from './sceneGeometry.ts';
import { caseScreenChecks } from './caseScreen.ts';
import { libraryChecks } from './library.ts';
import { editorChecks } from './editor.ts';
import { prerenderChecks } from './prerender.ts';
import { firstScreenSheetChecks } from './firstScreenSheet.ts';

// DIST=… reads another build (a helper's own outDir), so parallel work does not share one dist/.
const DIST = process.env.DIST ?? 'dist';
// A deep sub-path proves the app only uses relative URLs.
const PREFIX = '/some/sub/path/';
const BROKEN_ID = '002a-pan-case-1';

const readJson = async <T>(path: string): Promise<T> =>
  JSON.parse(await readFile(path, 'utf8')) as T;
const index = await readJson<LibraryIndex>(join(DIST, 'data/index.json'));
const cases = new Map<string, Case>();
for (const entry of index.cases)
  cases.set(entry.id, await readJson<Case>(join(DIST, 'data', entry.file)));
const caseById = (prefix: string) => {
  const found = [...cases.values()].find((c) => c.id.includes(prefix));
  assert.ok(found, `no shipped case id contains "${prefix}"`);
  return found;
};

const results: Array<{ name: string; error?: unknown }> = [];
let browser: Browser | undefined;
let server: StaticServer | undefined;

/** A page at 1280×720 (or the given size) that records console errors, page errors and failed requests. */
async function openPage(viewport = { width: 1280, height: 720 }) {
  const context = await browser!.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  // Names the URL behind Chromium's bare "Failed to load resource" console message.
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, errors, close: () => context.close() };
}

// Pages open at once in the one browser: groups of checks run side by side, each group in order.
const JOBS = Math.max(1, Number(process.env.BROWSER_JOBS) || 2);
let running = 0;
const waiting: Array<() => void> = [];
async function slot(): Promise<() => void> {
  if (running >= JOBS) await new Promise<void>((go) => waiting.push(go));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/** Runs one check on a fresh page; any console or page error fails it too. */
async function check(
  name: string,
  fn: (page: Page) => Promise<void>,
  viewport?: { width: number; height: number },
) {
  // BROWSER_FILTER=compare runs only the checks whose name contains "compare" (for local work).
  const only = process.env.BROWSER_FILTER;
  if (only && !name.includes(only)) return;
  const release = await slot();
  const started = performance.now();
  const { page, errors, close } = await openPage(viewport);
  try {
    await fn(page);
    assert.deepEqual(errors, [], 'the page logged errors');
    results.push({ name });
    console.log(`  ✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, error });
    console.log(
      `  ✗ ${name}\n    ${String(error instanceof Error ? error.message : error).replace(/\n/g, '\n    ')}`,
    );
  } finally {
    await close();
    release();
  }
}

// Both wait for the live page in #root: the build's rendering of a page may show first, over it.
async function openLanding(page: Page, base = server!.url) {
  await page.goto(`${base}#/`);
  await page.locator('#root .card-grid').waitFor();
}

async function openCase(page: Page, id: string) {
  await page.goto(`${server!.url}#/case/${id}`);
  await page.locator('#root article.case h1').waitFor();
}

const text = (page: Page, selector = 'main') => page.locator(selector).innerText();

async function main() {
  browser = await launchChromium();
  const srv = await serveStatic(DIST, PREFIX);
  server = srv;
  console.log(`browser tests against ${srv.url}`);

  await check(
    `landing shows one card per index.json entry (${index.cases.length}), titled from the index`,
    async (page) => {
      await openLanding(page);
      const titles = await page.locator('.card .card__title').allInnerTexts();
      assert.deepEqual(
        titles,
        index.cases.map((e) => e.title),
      );
      assert.equal(await page.locator('.card--error').count(), 0, 'no card should show an error');
      assert.equal(await page.locator('.card .card__facts').count(), index.cases.length);
    },
  );

  for (const entry of index.cases) {
    const c = cases.get(entry.id)!;
    const dois = c.sources.flatMap((s) => (s.doi ? [s.doi] : []));
    await check(
      `${entry.id}: opens from its card, lists ${c.events.length} events and ${c.sources.length} source(s)`,
      async (page) => {
        await openLanding(page);
        await page.locator(`.card[data-case-id="${entry.id}"] .card__link`).click();
        await page.locator('article.case h1').waitFor();
        assert.equal(new URL(page.url()).hash, `#/case/${entry.id}`);
        assert.equal(await page.locator('article.case h1').innerText(), c.title);
        assert.equal(await page.locator('.events > li').count(), c.events.length, 'event rows');
        assert.equal(await page.locator('.sources > li').count(), c.sources.length, 'sources');
        const sourcesText = await text(page, '.sources');
        for (const doi of dois) {
          assert.ok(sourcesText.includes(doi), `DOI ${doi} visible`);
          assert.equal(
            await page.locator(`.sources a[href="https://doi.org/${doi}"]`).count(),
            1,
            `DOI ${doi} links to doi.org`,
          );
        }
      },
    );
  }

  await check('Zhou, Pan and Kong show their DOIs', async (page) => {
    for (const key of ['zhou', 'pan-case-1', 'pan-case-2', 'kong']) {
      const c = caseById(key);
      await openCase(page, c.id);
      const doi = c.sources.find((s) => s.doi)?.doi;
      assert.ok(doi, `${c.id} has a DOI in its file`);
      assert.ok((await text(page, '.sources')).includes(doi), `${c.id} shows ${doi}`);
    }
  });

  await check(
    'Zhou: CAR copies 350,758 copies/μg, CRS grade 1, ICANS not observed',
    async (page) => {
      await openCase(page, caseById('zhou').id);
      const main = await text(page);
      assert.ok(main.includes('350,758'), '350,758 shown');
      assert.ok(main.includes('copies/μg'), 'unit copies/μg shown');
      const crs = await page.locator('.event--toxicity', { hasText: 'CRS' }).innerText();
      assert.match(crs, /grade 1/);
      const icans = await page.locator('.event--toxicity', { hasText: 'ICANS' }).innerText();
      assert.match(icans, /not observed/);
    },
  );

  await check('Marina: MRD 0.014 and undetectable, plans shown as intentions', async (page) => {
    await openCase(page, caseById('marina').id);
    const tables = await text(page, '.series-list');
    assert.ok(tables.includes('0.014'), '0.014 shown');
    assert.ok(tables.includes('undetectable'), 'undetectable shown');
    const plans = page.locator('.event--plan');
    assert.ok((await plans.count()) > 0, 'plan rows present');
    assert.match(await plans.first().innerText(), /intention, not an event/);
    assert.match(await text(page, '.events'), /grade not reported/);
  });

  await check('Kong: measurements without readable values say so', async (page) => {
    await openCase(page, caseById('kong').id);
    assert.ok((await page.locator('.series__no-values').count()) > 0);
  });

  await check(
    'a derived outcome on a card opens its reason without leaving the page',
    async (page) => {
      await openLanding(page);
      const card = page.locator(`.card[data-case-id="${caseById('pan-case-1').id}"]`);
      const badge = card.getByRole('button', { name: 'derived, unconfirmed' });
      await badge.click();
      assert.equal(await badge.getAttribute('aria-expanded'), 'true');
      assert.ok(await card.locator('.derived__reason').isVisible(), 'reason shown');
      assert.equal(new URL(page.url()).hash, '#/', 'still on the landing page');
    },
  );

  await check(
    'the boot script reads a pictured case link’s own file first and the summary once the picture shows, once each, before the app’s page code',
    async (page) => {
      const zhou = index.cases.find((e) => e.id === caseById('zhou').id)!;
      await openCase(page, zhou.id);
      const html = await readFile(join(DIST, 'index.html'), 'utf8');
      const firstScript = /<script[^>]*src="([^"]+)"/.exec(html)?.[1] ?? '';
      assert.match(firstScript, /boot-[0-9a-f]+\.js$/, 'the boot script is the first script named');
      assert.ok(!/href="\.\/data\//.test(html), 'no data file named in the page');
      const reads = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => ({
          url: e.name,
          by: (e as PerformanceResourceTiming).initiatorType,
          start: e.startTime,
        })),
      );
      const path = (r: { url: string }) => new URL(r.url).pathname.slice(PREFIX.length);
      const data = reads.filter((r) => r.url.includes('/data/') && !path(r).includes('prerender/'));
      data.sort((a, b) => a.start - b.start);
      // The picture's head names the file; the summary (2.6 MB at 1,000 cases) waits for the
      // picture to be on screen, so its transfer does not compete with the picture's paint.
      assert.deepEqual(
        data.map((r) => [path(r), r.by]),
        [
          [`data/${zhou.file}`, 'fetch'],
          ['data/library.json', 'fetch'],
        ],
        'Zhou’s file once, then the summary once; no index.json, no other case',
      );
      // Besides, one picture of this case's chart (index.html names the cases that have one) and
      // the head the build wrote beside it, which the shell shows before the summary is parsed.
      const pictures = reads.map(path).filter((p) => p.includes('prerender/'));
      assert.equal(pictures.length, 2, pictures.join(', '));
      assert.ok(
        pictures.some((p) => p.startsWith(`data/prerender/${zhou.id}/`) && p.endsWith('.svg')),
        'Zhou’s picture',
      );
      assert.ok(pictures.includes(`data/prerender/${zhou.id}/head.json`), 'Zhou’s head');
      const casePage = reads.find((r) => /\/CasePage-[^/]*\.js$/.test(r.url));
      assert.ok(casePage, 'the case page’s code was loaded');
      assert.ok(
        data[1]!.start < casePage.start,
        `Zhou’s file at ${data[0]!.start.toFixed(0)} ms and the summary at ${data[1]!.start.toFixed(0)} ms requested before the case page’s code (${casePage.start.toFixed(0)} ms)`,
      );
    },
  );

  await check('an unknown case id shows a clear message and a link back', async (page) => {
    await page.goto(`${srv.url}#/case/no-such-case`);
    await page.getByRole('heading', { name: 'Case not found' }).waitFor();
    assert.ok((await text(page)).includes('no-such-case'));
    await page.getByRole('link', { name: 'Back to all cases' }).click();
    await page.locator('.card-grid').waitFor();
  });

  await check('cards are reachable by keyboard, show focus, and open with Enter', async (page) => {
    await openLanding(page);
    let onCard = false;
    for (let i = 0; i < 10 && !onCard; i++) {
      await page.keyboard.press('Tab');
      onCard = await page.evaluate(
        () => document.activeElement?.classList.contains('card__link') ?? false,
      );
    }
    assert.ok(onCard, 'a card link takes focus within 10 Tab presses');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!.closest('.card')!).outlineStyle,
    );
    assert.notEqual(outline, 'none', 'the focused card shows an outline');
    await page.keyboard.press('Enter');
    await page.locator('article.case h1').waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.tagName),
      'H1',
      'focus moves to the new heading',
    );
  });

  await check(
    'at phone width (390×844) the landing and a case page do not scroll sideways',
    async (page) => {
      const fits = () =>
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      await openLanding(page);
      assert.ok(await fits(), 'landing fits');
      await openCase(page, caseById('zhou').id);
      assert.ok(await fits(), 'case page fits');
    },
    { width: 390, height: 844 },
  );

  // Each group runs its checks in order (and tears down what it set up after its last one); the
  // groups share the browser and run side by side, JOBS pages at a time.
  const ctx = { check, url: srv.url, cases, caseById };
  await Promise.all([
    timelineChecks(ctx),
    timeGeometryChecks(ctx),
    openCaseChecks(ctx),
    cspChecks({ check, caseById, root: DIST, prefix: PREFIX }),
    compareChecks(ctx),
    cohortChecks(ctx),
    embedChecks(ctx),
    revealChecks(ctx),
    exportChecks(ctx),
    treatmentLinkChecks(ctx),
    sceneGeometryChecks(ctx),
    caseScreenChecks(ctx),
    editorChecks(ctx),
    prerenderChecks(ctx),
    firstScreenSheetChecks(ctx),
    libraryChecks({ check, url: srv.url, root: DIST }),
  ]);

  // A copy of dist/ with one case file replaced by invalid JSON, served the same way.
  const brokenRoot = await mkdtemp(join(tmpdir(), 'caselines-broken-'));
  const brokenEntry = index.cases.find((e) => e.id === BROKEN_ID) ?? index.cases[0]!;
  await cp(DIST, brokenRoot, { recursive: true });
  await writeFile(join(brokenRoot, 'data', brokenEntry.file), '{ "formatVersion": 1, "id": ');
  const broken = await serveStatic(brokenRoot, PREFIX);
  // The card comes from the summary made at build time (when the file was sound); the file served
  // now is broken, and opening the case reads and checks it, so the case page shows its problems.
  // (A file that is already broken at build time gets an error card: tests/views/Landing.test.tsx.)
  await check(
    `a broken case file (${brokenEntry.id}) shows its error when opened; the other cards still work`,
    async (page) => {
      await openLanding(page, broken.url);
      const bad = page.locator(`.card[data-case-id="${brokenEntry.id}"]`);
      assert.equal(await bad.locator('.card__title').innerText(), brokenEntry.title);
      assert.equal(await page.locator('.card .card__facts').count(), index.cases.length);
      await bad.locator('.card__link').click();
      const problem = page.locator('article.case .problem').first();
      await problem.waitFor();
      const said = await problem.innerText();
      assert.ok(said.includes(`data/${brokenEntry.file}`), `the problem names the file: ${said}`);
      assert.match(said, /expected/);
      await page.goBack();
      const other = index.cases.find((e) => e.id !== brokenEntry.id)!;
      await page.locator(`.card[data-case-id="${other.id}"] .card__link`).click();
      await page.locator('article.case h1').waitFor();
      assert.equal(await page.locator('.events > li').count(), cases.get(other.id)!.events.length);
    },
  );
  await broken.close();
  await rm(brokenRoot, { recursive: true, force: true });

  await check(`every request stayed under ${PREFIX}`, async () => {
    assert.deepEqual([...srv.outside, ...broken.outside], []);
  });

  // Storybook is built in CI before this runs; locally, run `npm run build-storybook` first.
  if (existsSync(join(STORYBOOK_DIR, 'index.json'))) {
    const ids = await storyIds();
    const sb = await serveStatic(STORYBOOK_DIR, '/storybook/');
    // Every story, in JOBS shares side by side: together they are all of them.
    const shares = Array.from({ length: JOBS }, (_, k) => ids.filter((_, i) => i % JOBS === k));
    await Promise.all(
      shares.map((share, k) =>
        check(
          `stories render with the shipped cases: share ${k + 1} of ${JOBS} (${share.length} of all ${ids.length})`,
          (page) => assertStoriesRender(page, sb.url, share),
        ),
      ),
    );
    await sb.close();
  } else {
    console.log(`  - stories not checked: no ${STORYBOOK_DIR}/ (run npm run build-storybook)`);
  }
}

try {
  await main();
} catch (error) {
  results.push({ name: 'setup', error });
  console.log(`  ✗ setup\n    ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser?.close();
  await server?.close();
}

const failed = results.filter((r) => r.error !== undefined).length;
console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
