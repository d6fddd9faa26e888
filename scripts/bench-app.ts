// npx tsx scripts/bench-app.ts [sizes] [reps] [--no-build] [--compare]: the app page alone, with
// the main-thread time of each zoom frame split into script, style, layout and the rest (paint,
// GC). A quick loop for finding what a change did; the numbers that count come from npm run bench,
// which measures the peer in the same run.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession } from 'playwright-core';
import { SIZES, syntheticCase, type SizeName } from '../bench/synthetic/generateCase.ts';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/server.ts';
import { percentile, ZOOM_STEPS } from './bench-measure.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'bench/dist');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sizes = (args[0] ?? 'S,M').split(',') as SizeName[];
const reps = Number(args[1] ?? 2);
const compare = process.argv.includes('--compare');

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value * 1000]));
}

async function main() {
  if (!process.argv.includes('--no-build'))
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'bench/vite.config.ts'],
      { cwd: ROOT, stdio: 'inherit' },
    );
  mkdirSync(join(DIST, 'data'), { recursive: true });
  const files: Array<[string, SizeName, number]> = sizes.map((s) => [s, s, 1]);
  if (compare) files.push(['M', 'M', 1], ['M-2', 'M', 2]);
  for (const [name, size, seed] of files)
    writeFileSync(
      join(DIST, 'data', `${name}.json`),
      JSON.stringify(
        syntheticCase({ ...SIZES[size], seed, id: `synthetic-${name.toLowerCase()}` }),
      ),
    );
  const server = await serveStatic(DIST, '/bench/');
  const browser = await launchChromium();
  const urls = sizes.map((s) => [s, `app.html?case=${s}`]);
  if (compare) urls.push(['2xM', 'compare.html?a=M&b=M-2']);
  try {
    for (const [name, url] of urls)
      for (let r = 0; r < reps; r++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(server.url + url);
        await page.waitForFunction(() => window.__bench?.drawn != null, null, { timeout: 120e3 });
        const drawn = await page.evaluate(() => window.__bench.drawn!);
        await page.evaluate(() => window.__bench.frames(10));
        const box = (await page.locator('.timeline__surface').first().boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
        const t0 = await page.evaluate(() => {
          window.__bench.startFrames();
          return performance.now();
        });
        const a = await metrics(cdp);
        for (let i = 0; i < ZOOM_STEPS; i++) {
          await page.mouse.wheel(0, i < ZOOM_STEPS / 2 ? -100 : 100);
          await page.evaluate(() => window.__bench.frames(1));
        }
        await page.evaluate(() => window.__bench.frames(2));
        const b = await metrics(cdp);
        const { iv, lt } = await page.evaluate(
          (t) => ({
            iv: window.__bench.stopFrames(),
            lt: window.__bench.longTasks.filter((x) => x.start >= t).map((x) => x.duration),
          }),
          t0,
        );
        const per = (k: string) => ((b[k]! - a[k]!) / ZOOM_STEPS).toFixed(1);
        console.log(
          `${name} #${r + 1}: drawn ${drawn.toFixed(0)} ms | zoom p95 ${percentile(iv, 0.95).toFixed(1)} ` +
            `long ${Math.max(0, ...lt).toFixed(0)} | per frame: task ${per('TaskDuration')} ` +
            `script ${per('ScriptDuration')} style ${per('RecalcStyleDuration')} layout ${per('LayoutDuration')} ` +
            `| frames ${iv.map((x) => Math.round(x)).join(',')}`,
        );
        await context.close();
      }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
