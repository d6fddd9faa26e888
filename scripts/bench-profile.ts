// npx tsx scripts/bench-profile.ts [size]: profiles the app page of the benchmark (unminified
// build) during the scripted wheel zoom and prints the functions with the most self time.
// A tool for finding where time goes; the numbers that count come from npm run bench.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticCaseOfSize, type SizeName } from '../bench/synthetic/generateCase.ts';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/server.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'bench/dist');
const size = (process.argv[2] ?? 'M') as SizeName;
const phaseName = process.argv[3] ?? 'zoom';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

async function main() {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  execFileSync(
    process.execPath,
    [vite, 'build', '-c', 'bench/vite.config.ts', '--minify', 'false'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  mkdirSync(join(DIST, 'data'), { recursive: true });
  writeFileSync(join(DIST, 'data', `${size}.json`), JSON.stringify(syntheticCaseOfSize(size)));
  const server = await serveStatic(DIST, '/bench/');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    if (phaseName === 'load') await cdp.send('Profiler.start');
    await page.goto(`${server.url}app.html?case=${size}`);
    await page.waitForFunction(() => window.__bench?.drawn !== null, null, { timeout: 120_000 });
    const box = (await page.locator('.timeline__surface').first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 150);
    if (phaseName !== 'load') await cdp.send('Profiler.start');
    if (phaseName === 'pan') {
      for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -100);
      await page.mouse.down();
      for (let i = 0; i < 20; i++) {
        await page.mouse.move(box.x + box.width / 2 - i * 12, box.y + 150);
        await page.evaluate(() => window.__bench.frames(1));
      }
      await page.mouse.up();
    } else if (phaseName === 'zoom') {
      for (let i = 0; i < 20; i++) {
        await page.mouse.wheel(0, i < 10 ? -100 : 100);
        await page.evaluate(() => window.__bench.frames(1));
      }
    }
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = profile.nodes as Node[];
    const dt =
      (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
    const self = new Map<string, number>();
    const hits = new Map<number, number>();
    for (const s of profile.samples ?? []) hits.set(s, (hits.get(s) ?? 0) + 1);
    for (const n of nodes) {
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (hits.get(n.id) ?? 0) * dt);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
    for (const [k, ms] of top) console.log(`${ms.toFixed(0).padStart(7)} ms  ${k}`);
    // Inclusive time (self plus callees) of the app's own functions, to see which caller owns it.
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const inclusive = new Map<number, number>();
    const total = (n: Node & { children?: number[] }): number => {
      let t = inclusive.get(n.id);
      if (t !== undefined) return t;
      t = (hits.get(n.id) ?? 0) * dt;
      for (const c of n.children ?? []) t += total(byId.get(c)!);
      inclusive.set(n.id, t);
      return t;
    };
    const incl = new Map<string, number>();
    for (const n of nodes) {
      const f = n.callFrame;
      if (!f.url.includes('/assets/')) continue;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      incl.set(key, (incl.get(key) ?? 0) + total(n));
    }
    console.log('\ninclusive (app and library code; recursion counted once per frame of it):');
    for (const [k, ms] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`${ms.toFixed(0).padStart(7)} ms  ${k}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
