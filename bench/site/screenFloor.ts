// The screen floor of a route: the first screen the app shows for it, frozen into a static page.
// The same stylesheet, markup and pictures from the same server, with no script at all: the least
// any page can do that shows that screen. The fetch floor (floorPage.ts) shows nothing; this one
// paints what a reader sees, so the app's own cost is what lies between the two.

import type { Browser } from 'playwright-core';
import type { DrawnCondition } from '../../scripts/bench-route-visit.ts';
import { PICTURE_DRAWN } from '../../src/boot/prerenderFiles.ts';

/**
 * The first screen of `path` (under `base`) as a static HTML page, taken with every script but the
 * boot script blocked, so the build's picture of the page is what shows; null when no picture
 * shows within `timeoutMs` (a route the build draws no picture of).
 */
export async function snapshotScreen(
  browser: Browser,
  base: string,
  path: string,
  drawn: DrawnCondition,
  timeoutMs: number,
): Promise<string | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // The app's own modules never run: what shows is the build's picture alone.
    await page.route(/\/assets\/[^/]+\.js$/, (r) =>
      /\/assets\/boot-[^/]+\.js$/.test(r.request().url()) ? r.continue() : r.abort(),
    );
    await page.goto(base + path);
    const shown = await page
      .waitForFunction(
        (c) => c.every(([s, n]) => document.querySelectorAll(s).length >= n),
        drawn,
        { timeout: timeoutMs, polling: 50 },
      )
      .then(() => true)
      .catch(() => false);
    if (!shown) return null;
    const html = await page.evaluate((attr) => {
      // The app's whole stylesheet is the boot script's to add once the picture shows (named on
      // its tag): not part of what the first screen needs.
      const whole = document.querySelector<HTMLScriptElement>('script[data-css]')?.dataset.css;
      const doc = document.documentElement.cloneNode(true) as HTMLElement;
      for (const el of doc.querySelectorAll('script, link[rel="modulepreload"], template'))
        el.remove();
      for (const el of doc.querySelectorAll('link[rel="stylesheet"]'))
        if (whole && el.getAttribute('href') === whole) el.remove();
      for (const el of doc.querySelectorAll(`[${attr}]`)) el.removeAttribute(attr);
      return doc.outerHTML;
    }, PICTURE_DRAWN);
    return `<!doctype html>\n${html}\n`;
  } finally {
    await context.close();
  }
}

/**
 * The screen floor's "drawn": the route's own condition on the picture, less the attribute only a
 * script could set; the visit also waits for every image of the page to load (`images`).
 */
export function screenDrawn(drawn: DrawnCondition): DrawnCondition {
  return drawn.map(([s, n]) => [s.replaceAll(`[${PICTURE_DRAWN}]`, ''), n] as const);
}
