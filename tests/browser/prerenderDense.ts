// Browser check of the build's picture of a dense chart (src/views/Export/densePicture.ts): its
// marks are those the live chart's canvas paints, pixel for pixel. The picture's marks alone and the
// canvas are both read back as pixels and compared in the plot's own coordinates. The case is
// generated (bench/synthetic), added with its pictures to a temporary copy of the build, as the
// benchmark's site copies add theirs; never to the shipped library.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { addCases, copySite } from '../../bench/site/site.ts';
import { syntheticCaseOfSize } from '../../bench/synthetic/generateCase.ts';
import { keepFunctionNames } from './chromium.ts';
import { serveStatic } from './server.ts';
import type { TimelineContext } from './timeline.ts';

/** Pixels of a chart's plot: RGBA rows `width` wide from chart row `top`, the plot `left` in. */
type Plot = { width: number; top: number; rows: number; left: number; data: Uint8ClampedArray };

/** Where the page keeps the picture's marks while the live chart loads (kept in the page). */
type Held = { __densePicture?: Plot };

/**
 * Rasterises the picture's dense marks alone (everything else removed) at the picture's size and
 * keeps the pixels in the page for `compareWithCanvas`; returns the picture's address.
 */
const holdPictureMarks = async (): Promise<string> => {
  const img = document.querySelector<HTMLImageElement>('.prerender__chart')!;
  const svg = new DOMParser().parseFromString(
    await (await fetch(img.src)).text(),
    'image/svg+xml',
  ).documentElement;
  // The marks' group sits in a clipped group inside the group that moves it by the gutter.
  const placed = svg.querySelector('[data-dense]')!.parentElement!.parentElement!;
  for (const c of [...svg.children]) if (c !== placed && c.tagName !== 'defs') c.remove();
  const image = new Image();
  image.src = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }),
  );
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Number(svg.getAttribute('width'));
  canvas.height = Number(svg.getAttribute('height'));
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0);
  (window as Held).__densePicture = {
    width: canvas.width,
    top: 0,
    rows: canvas.height,
    left: Number(/translate\(([-\d.]+)/.exec(placed.getAttribute('transform')!)![1]),
    data: ctx.getImageData(0, 0, canvas.width, canvas.height).data,
  };
  return img.src;
};

/**
 * The live chart's dense canvas (the rows on screen) against the picture's marks kept in the page,
 * in the plot's coordinates: pixels painted by either (alpha above 0), and those that differ by
 * more than a quarter of the range in alpha, or in colour where both are mostly opaque (edges
 * blend differently). Both plots' left edges too.
 */
const compareWithCanvas = () => {
  const pic = (window as Held).__densePicture!;
  const canvas = document.querySelector<HTMLCanvasElement>('canvas.timeline__dense')!;
  const live = {
    width: canvas.width,
    top: parseFloat(canvas.style.top),
    rows: canvas.height,
    left: parseFloat(canvas.style.left),
    data: canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data,
  };
  let inked = 0;
  let differ = 0;
  for (let j = 0; j < live.rows && live.top + j < pic.rows; j++)
    for (let i = 0; i < live.width; i++) {
      const a = 4 * (j * live.width + i);
      const b = 4 * ((live.top + j) * pic.width + Math.round(pic.left + i));
      const la = live.data[a + 3]!;
      const pa = pic.data[b + 3]!;
      if (la === 0 && pa === 0) continue;
      inked++;
      let colour = 0;
      if (la > 200 && pa > 200)
        for (let k = 0; k < 3; k++)
          colour = Math.max(colour, Math.abs(live.data[a + k]! - pic.data[b + k]!));
      if (Math.max(Math.abs(la - pa), colour) > 64) differ++;
    }
  return { inked, differ, left: [pic.left, live.left] };
};

/** Checks of the picture of a generated dense case (synthetic M) against its live canvas. */
export async function densePictureChecks(
  { check }: TimelineContext,
  holdApp: (page: Page) => Promise<() => void>,
): Promise<void> {
  await check(
    "a dense chart's picture paints the marks the live canvas paints, at the same pixels in the same colours, and the chart stays put at the hand-over (generated synthetic M with a validator warning, 1280×720)",
    async (page) => {
      const c = syntheticCaseOfSize('M');
      const site = await mkdtemp(join(tmpdir(), 'caselines-dense-picture-'));
      const server = await (async () => {
        copySite(process.env.DIST ?? 'dist', site);
        await addCases(site, [c], { pictures: [c.id] });
        return serveStatic(site, '/dense/');
      })();
      try {
        await keepFunctionNames(page);
        const release = await holdApp(page);
        await page.goto(`${server.url}#/case/${c.id}`, { waitUntil: 'commit' });
        await page.locator('.prerender__chart[data-drawn]').waitFor({ state: 'attached' });
        const src = await page.evaluate(holdPictureMarks);
        assert.match(src, new RegExp(`/data/prerender/${c.id}/light-\\d+\\.svg$`));
        const top = (selector: string) =>
          page.$eval(selector, (e) => e.getBoundingClientRect().y + window.scrollY);
        const pictureTop = await top('.prerender__box');
        release();
        await page.waitForFunction(() => !document.getElementById('prerender'), null, {
          timeout: 60_000,
        });
        await page.locator('canvas.timeline__dense').waitFor();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        // The generated case has a validator warning (its source has no link): the findings
        // follow the chart, so the chart stays where its picture was.
        assert.ok(await page.locator('.case__section--warnings .problem').count(), 'a finding');
        const liveTop = await top('.timeline');
        assert.ok(
          Math.abs(liveTop - pictureTop) <= 1,
          `chart top: picture ${pictureTop}, live ${liveTop}`,
        );
        const { inked, differ, left } = await page.evaluate(compareWithCanvas);
        assert.ok(Math.abs(left[0]! - left[1]!) <= 0.5, `plot left: picture, canvas ${left}`);
        assert.ok(inked > 10_000, `${inked} pixels painted`);
        assert.ok(
          differ <= inked * 0.01,
          `${differ} of ${inked} painted pixels differ between the picture and the canvas`,
        );
      } finally {
        await server.close();
        await rm(site, { recursive: true, force: true });
      }
    },
  );
}
