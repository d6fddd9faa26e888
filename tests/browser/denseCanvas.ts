// The dense canvas in real Chromium: after a wheel gesture, its pixels are where the scene puts
// the marks (every glyph in view painted, nothing painted anywhere else).
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { syntheticCaseOfSize } from '../../bench/synthetic/generateCase.ts';
import { resolveCase } from '../../src/core/time/index.ts';
import { sceneAt } from '../../src/scene/index.ts';
import { stampHalf } from '../../src/views/Timeline/canvas/denseMarks.ts';
import { initialView } from '../../src/views/Timeline/initialView.ts';
import { caseBase } from '../views/timeline/caseScene.ts';
import { keepFunctionNames } from './chromium.ts';
import { pasteCase } from './landing.ts';
import type { TimelineContext } from './timeline.ts';

/** A box in the canvas's device pixels: [x0, y0, x1, y1]. */
type Box = [number, number, number, number];

/** What the page reports: glyph boxes with no paint, and painted pixels outside every box. */
const PAINT = ({ glyphs, allowed }: { glyphs: Box[]; allowed: Box[] }) => {
  const canvas = document.querySelector<HTMLCanvasElement>('canvas.timeline__dense')!;
  const { width, height } = canvas;
  const alpha = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
  const painted = (x: number, y: number) => alpha[(y * width + x) * 4 + 3]! > 0;
  const clip = (b: Box): Box => [
    Math.max(0, Math.floor(b[0])),
    Math.max(0, Math.floor(b[1])),
    Math.min(width, Math.ceil(b[2])),
    Math.min(height, Math.ceil(b[3])),
  ];
  let blank = 0;
  let inside = 0;
  for (const b of glyphs) {
    const [x0, y0, x1, y1] = clip(b);
    if (x0 >= x1 || y0 >= y1) continue;
    inside++;
    let any = false;
    for (let y = y0; y < y1 && !any; y++) for (let x = x0; x < x1 && !any; x++) any = painted(x, y);
    if (!any) blank++;
  }
  const ok = new Uint8Array(width * height);
  for (const b of allowed) {
    const [x0, y0, x1, y1] = clip(b);
    for (let y = y0; y < y1; y++) ok.fill(1, y * width + x0, y * width + Math.max(x0, x1));
  }
  let stray = 0;
  for (let i = 0; i < width * height; i++) if (!ok[i] && alpha[i * 4 + 3]! > 0) stray++;
  return { blank, inside, stray, top: parseFloat(canvas.style.top || '0'), width, height };
};

/** Registers the check (one page). */
export async function denseCanvasChecks({ check, url }: TimelineContext): Promise<void> {
  await check(
    'dense canvas: after a wheel gesture every glyph in view is painted at its scene place, and nothing elsewhere (1 and 2 device pixels per CSS pixel)',
    async (page: Page) => {
      // Generated, not curated: opened as the reader's own file, never part of the library.
      const c = syntheticCaseOfSize('S');
      await keepFunctionNames(page);
      await pasteCase(page, url, JSON.stringify(c));
      await page.locator('canvas.timeline__dense').waitFor();
      // A gesture in and back out to the whole axis (d3-zoom stops at it), then its end; the
      // canvas read back against the scene at 1 and then 2 device pixels per CSS pixel.
      const verify = async (want: number) => {
        const plot = (await page.locator('.timeline__surface').boundingBox())!;
        await page.mouse.move(plot.x + plot.width / 2, plot.y + 120);
        for (const dy of [-100, -100, 100, 100, 100, 100]) {
          await page.mouse.wheel(0, dy);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
        }
        await page.waitForTimeout(400);
        await page.locator('canvas.timeline__dense').waitFor();
        const { width, ratio } = await page.evaluate(() => ({
          width: Number(document.querySelector('.timeline__svg')!.getAttribute('width')),
          ratio: window.devicePixelRatio || 1,
        }));
        // The scene the chart draws, built here from the same case, view and width.
        const rc = resolveCase(c);
        const view = initialView(c, rc);
        const { layout, base } = caseBase(c, rc, {
          frame: view.frame,
          order: view.order,
          hiddenLanes: [...view.hidden],
          width,
        });
        const scene = sceneAt(base, { window: [0, layout.axis.uMax], labels: false });
        const top = await page.evaluate(() =>
          parseFloat(
            document.querySelector<HTMLCanvasElement>('canvas.timeline__dense')!.style.top,
          ),
        );
        const dev = (x: number, y: number) => [x * ratio, (y - top) * ratio] as const;
        const glyphs: Box[] = [];
        const allowed: Box[] = [];
        for (const m of scene.marks) {
          if (m.showGlyph) {
            // The glyph's outline lies within r of its centre (a star's points within 1.15 r); its
            // image may be centred up to half a device pixel away.
            const [x, y] = dev(m.x, m.y);
            const r = m.r * ratio;
            glyphs.push([x - r + 1, y - r + 1, x + r - 1, y + r - 1]);
            const half = stampHalf(m.r, ratio) + 1;
            allowed.push([x - half, y - half, x + half, y + half]);
          }
          if (m.bar) {
            const [x0, y0] = dev(m.bar[0], m.y - m.barHalf);
            const [x1, y1] = dev(Math.max(m.bar[1], m.bar[0] + 2), m.y + m.barHalf);
            allowed.push([x0 - 1, y0 - 1, x1 + 1, y1 + 1]);
          }
        }
        const got = await page.evaluate(PAINT, { glyphs, allowed });
        assert.ok(got.inside > 100, `glyphs on the canvas's rows: ${got.inside}`);
        assert.equal(got.blank, 0, `glyphs with no paint in their box, of ${got.inside}`);
        assert.equal(got.stray, 0, `painted pixels outside every mark of the scene`);
        assert.equal(ratio, want, 'device pixel ratio');
      };
      await verify(1);
      const size = page.viewportSize()!;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        ...size,
        deviceScaleFactor: 2,
        mobile: false,
      });
      await verify(2);
    },
  );
}
