// Browser checks of the first-screen stylesheet (scripts/firstScreenSheet.ts): the page's only
// render-blocking stylesheet holds every rule the build's pictures use, so each picture is drawn
// the same without the app's whole stylesheet; that stylesheet and the app's code wait until the
// picture has been presented; and the app runs only once that stylesheet applies.
import assert from 'node:assert/strict';
import type { Page, Route } from 'playwright-core';
import { PICTURE_DRAWN } from '../../src/boot/prerenderFiles.ts';
import { paintAndRequest } from './firstScreenPaint.ts';
import type { TimelineContext } from './timeline.ts';

/** The app's whole stylesheet, as the build names it. */
const WHOLE_SHEET = /\/assets\/index-[^/]*\.css$/;
/** The app's own modules (every script but the boot script). */
const APP_CODE = /\/assets\/(?!boot-)[^/]+\.js$/;
/** The app's entry script. */
const APP_ENTRY = /\/assets\/index-[^/]*\.js$/;

/**
 * Every element of the picture as drawn: its box and the styles a reader sees, in document order,
 * once the picture is in and (with `whole`) the whole stylesheet applies. The app's code (and,
 * without `whole`, the whole stylesheet) is held back until `held` is released.
 */
async function drawnPicture(
  page: Page,
  url: string,
  hash: string,
  ready: string,
  whole: boolean,
  held: Promise<void>,
) {
  const hold = async (r: Route) => {
    await held;
    await r.continue();
  };
  // The app never runs while measured: what shows is the picture alone, styled by what loaded.
  await page.route(APP_CODE, hold);
  if (!whole) await page.route(WHOLE_SHEET, hold);
  await page.goto(`${url}${hash}`, { waitUntil: 'commit' });
  await page.locator(ready).first().waitFor({ state: 'attached' });
  const applies = (source: string) =>
    [...document.styleSheets].some((s) => new RegExp(source).test(s.href ?? ''));
  if (whole) await page.waitForFunction(applies, WHOLE_SHEET.source);
  else
    assert.equal(
      await page.evaluate(applies, WHOLE_SHEET.source),
      false,
      'the whole stylesheet is kept out',
    );
  return page.$$eval('#prerender, #prerender *', (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      const s = getComputedStyle(e);
      // To the half pixel (no named helper: the page has no compiler helpers).
      const box = [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 2) / 2);
      return [
        e.tagName.toLowerCase() + (e.className ? `.${String(e.className).split(' ')[0]}` : ''),
        box.join(' '),
        s.color,
        s.backgroundColor,
        s.font,
        s.display,
        s.visibility,
        s.borderTopWidth,
        s.borderTopColor,
      ].join(' | ');
    }),
  );
}

/** Checks that the first screen needs only its own stylesheet, and the app waits for the whole one. */
export async function firstScreenSheetChecks(context: TimelineContext): Promise<void> {
  const { check, url, caseById } = context;
  const zhou = caseById('zhou');
  const pages = [
    {
      what: 'a case link',
      hash: `#/case/${zhou.id}`,
      ready: `.prerender__chart[${PICTURE_DRAWN}]`,
    },
    { what: 'the landing', hash: '#/', ready: '#prerender .card' },
    { what: 'the cohort', hash: '#/cohort', ready: '#prerender .swimmer-row' },
  ];
  for (const p of pages)
    for (const size of [
      { width: 1280, height: 720 },
      { width: 390, height: 844 },
    ])
      await check(
        `${p.what}: the build's picture is drawn the same by the first-screen stylesheet alone as with the app's whole stylesheet (${size.width}×${size.height})`,
        async (page) => {
          let release = () => {};
          const held = new Promise<void>((done) => (release = done));
          // Without the whole stylesheet on a page of its own, closed with its requests held.
          const other = await page.context().newPage();
          const alone = await drawnPicture(other, url, p.hash, p.ready, false, held);
          await other.close();
          const whole = await drawnPicture(page, url, p.hash, p.ready, true, held);
          // This page's app then runs and takes over, so nothing is left waiting.
          release();
          await page.locator('#prerender').waitFor({ state: 'detached' });
          assert.ok(alone.length > 20, `${alone.length} elements in the picture`);
          const differ = alone
            .map((a, i) => [a, whole[i]] as const)
            .filter(([a, w]) => a !== w)
            .map(([a, w]) => `alone: ${a}\n  whole: ${w}`);
          assert.equal(alone.length, whole.length, 'as many elements');
          assert.deepEqual(differ.slice(0, 5), [], `${differ.length} elements drawn differently`);
        },
        size,
      );

  for (const p of pages)
    await check(
      `${p.what}: the app's whole stylesheet is requested only once the picture has been presented, and the app's entry goes in only once that stylesheet applies`,
      async (page) => {
        // The page as served names one stylesheet: the first screen's.
        const html = await (await page.request.get(`${url}index.html`)).text();
        const named = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
          (m) => m[1],
        );
        assert.equal(named.length, 1, `stylesheets in index.html: ${named.join(', ')}`);
        assert.match(named[0]!, /^\.\/assets\/first-screen-[^/]+\.css$/, 'the one stylesheet');
        // When the boot script puts the app's entry in the page, whether the whole sheet applies.
        await page.addInitScript(
          ([entry, sheet]) =>
            new MutationObserver((records) => {
              for (const r of records)
                for (const n of r.addedNodes)
                  if (n instanceof HTMLScriptElement && new RegExp(entry).test(n.src))
                    (window as { __entryRun?: boolean }).__entryRun = [
                      ...document.styleSheets,
                    ].some((s) => new RegExp(sheet).test(s.href ?? ''));
            }).observe(document, { childList: true, subtree: true }),
          [APP_ENTRY.source, WHOLE_SHEET.source] as const,
        );
        await page.goto(`${url}${p.hash}`);
        await page.locator('#prerender').waitFor({ state: 'detached' });
        assert.equal(
          await page.evaluate(() => (window as { __entryRun?: boolean }).__entryRun),
          true,
          'the whole stylesheet applied when the app’s entry went in',
        );
        const t = await paintAndRequest(page, WHOLE_SHEET);
        assert.ok(t.painted !== null && t.painted > 0, 'the picture reported its paint');
        assert.ok(t.requested !== null, 'the whole stylesheet was requested');
        assert.ok(
          t.requested >= t.painted,
          `whole stylesheet requested at ${t.requested.toFixed(0)} ms, picture presented at ${t.painted.toFixed(0)} ms`,
        );
      },
    );
}
