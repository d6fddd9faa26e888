// One measured visit of one benchmark page: time until drawn, then a scripted wheel zoom and a
// drag pan with frame intervals, main-thread CPU time (CDP), long tasks, JS heap and DOM nodes.

import type { Browser, CDPSession, Page } from 'playwright-core';

/** The numbers of one visit (times in ms, heap in MB). */
export interface Visit {
  drawnMs: number;
  /** When the page had the text of its data files (before parsing). */
  dataInMs: number;
  zoomCpuPerFrameMs: number;
  zoomP95Ms: number;
  zoomMaxLongTaskMs: number;
  panCpuPerFrameMs: number;
  panP95Ms: number;
  panMaxLongTaskMs: number;
  /** Steps done before the phase's time cap (all of them unless the page is very slow). */
  zoomStepsDone: number;
  panStepsDone: number;
  heapMB: number;
  domNodes: number;
}

/** Selectors of the surface to wheel and drag on, per page kind. */
const SURFACE = { app: '.timeline__surface', peer: '.vis-panel.vis-center' } as const;

/** Page kind: the app's view or the vis-timeline peer. */
export type Kind = keyof typeof SURFACE;

export const ZOOM_STEPS = 40;
export const PAN_STEPS = 30;
const WHEEL_DELTA = 100;
const PAN_PX = 12;

/** What a visit of the floor page measures: only when its data was in and when it was "drawn". */
export type FloorVisit = Pick<Visit, 'drawnMs' | 'dataInMs'>;

/** Opens a page in a fresh context and waits for its "drawn" mark (or fails after timeoutMs). */
async function open(browser: Browser, url: string, timeoutMs: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page
      .waitForFunction(
        () => window.__bench?.drawn !== null || window.__bench?.error !== null,
        null,
        { timeout: timeoutMs, polling: 100 },
      )
      .catch(() => {
        throw new Error(`not drawn within ${timeoutMs / 1000} s`);
      });
    const { drawn, dataIn, error } = await page.evaluate(() => ({
      drawn: window.__bench.drawn,
      dataIn: window.__bench.dataIn,
      error: window.__bench.error,
    }));
    if (error || drawn === null || dataIn === null)
      throw new Error(error ?? (errors.join('; ') || 'no data-in mark'));
    return { context, page, cdp, drawn, dataIn };
  } catch (e) {
    await context.close();
    throw e;
  }
}

/** Opens the floor page and reads its two marks. */
export async function visitFloor(
  browser: Browser,
  url: string,
  timeoutMs: number,
): Promise<FloorVisit> {
  const { context, drawn, dataIn } = await open(browser, url, timeoutMs);
  await context.close();
  return { drawnMs: drawn, dataInMs: dataIn };
}

/** Opens the page, waits until it is drawn (or fails after timeoutMs) and measures it. */
export async function visit(
  browser: Browser,
  url: string,
  kind: Kind,
  { timeoutMs, phaseCapMs }: { timeoutMs: number; phaseCapMs: number },
): Promise<Visit> {
  const { context, page, cdp, drawn, dataIn } = await open(browser, url, timeoutMs);
  try {
    await page.evaluate(() => window.__bench.frames(10));
    const box = await page.locator(SURFACE[kind]).first().boundingBox();
    if (!box) throw new Error(`no ${SURFACE[kind]} on the page`);
    const cx = box.x + box.width / 2;
    const cy = box.y + Math.min(box.height / 2, 200);
    await page.mouse.move(cx, cy);

    // Zoom: 20 wheel steps in, 20 back out, one step per frame, over the middle of the plot.
    const zoom = await phase(page, cdp, ZOOM_STEPS, phaseCapMs, async (i) => {
      await page.mouse.wheel(0, i < ZOOM_STEPS / 2 ? -WHEEL_DELTA : WHEEL_DELTA);
    });
    // Pan: zoom in 4× first (not measured), then drag left 30 steps.
    for (let i = 0; i < 10; i++) {
      await page.mouse.wheel(0, -WHEEL_DELTA);
      await page.evaluate(() => window.__bench.frames(1));
    }
    await page.evaluate(() => window.__bench.frames(10));
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const pan = await phase(page, cdp, PAN_STEPS, phaseCapMs, async (i) => {
      await page.mouse.move(cx - (i + 1) * PAN_PX, cy);
    });
    await page.mouse.up();

    await cdp.send('HeapProfiler.collectGarbage');
    const m = await metrics(cdp);
    return {
      drawnMs: drawn,
      dataInMs: dataIn,
      zoomCpuPerFrameMs: zoom.cpuPerFrame,
      zoomP95Ms: zoom.p95,
      zoomMaxLongTaskMs: zoom.maxLongTask,
      panCpuPerFrameMs: pan.cpuPerFrame,
      panP95Ms: pan.p95,
      panMaxLongTaskMs: pan.maxLongTask,
      zoomStepsDone: zoom.steps,
      panStepsDone: pan.steps,
      heapMB: m.JSHeapUsedSize! / 2 ** 20,
      domNodes: m.Nodes!,
    };
  } finally {
    await context.close();
  }
}

/**
 * Runs `steps` inputs, one per animation frame, recording frames, CPU time and long tasks; stops
 * early once `capMs` have passed, counting only the steps done.
 */
export async function phase(
  page: Page,
  cdp: CDPSession,
  steps: number,
  capMs: number,
  step: (i: number) => Promise<void>,
): Promise<{ cpuPerFrame: number; p95: number; maxLongTask: number; steps: number }> {
  const t0 = await page.evaluate(() => {
    window.__bench.startFrames();
    return performance.now();
  });
  const before = await metrics(cdp);
  const until = Date.now() + capMs;
  let done = 0;
  while (done < steps && Date.now() < until) {
    await step(done);
    await page.evaluate(() => window.__bench.frames(1));
    done++;
  }
  await page.evaluate(() => window.__bench.frames(2));
  const after = await metrics(cdp);
  const { intervals, longTasks } = await page.evaluate((start) => {
    const intervals = window.__bench.stopFrames();
    const longTasks = window.__bench.longTasks
      .filter((t) => t.start >= start)
      .map((t) => t.duration);
    return { intervals, longTasks };
  }, t0);
  const cpuMs = ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000;
  return {
    cpuPerFrame: cpuMs / done,
    p95: percentile(intervals, 0.95),
    maxLongTask: Math.max(0, ...longTasks),
    steps: done,
  };
}

/** CDP Performance.getMetrics as a name → value map. */
async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** The p-th quantile (nearest rank) of the values; 0 for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}
