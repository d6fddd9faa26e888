// One measured visit of a real route of the built app (or of its floor page): a fresh context, a
// probe installed before any of the page's scripts, "drawn" once a DOM condition holds and two more
// frames have run, the data requests the page made, and optionally a scripted zoom or scroll.

import type { Browser } from 'playwright-core';
import { phase } from './bench-measure.ts';

/** Selectors and how many elements each must match before the page counts as drawn. */
export type DrawnCondition = ReadonlyArray<readonly [selector: string, count: number]>;

/** A network a route's visits go over, emulated by the browser; served gzipped, as hosts do. */
export interface NetworkProfile {
  /** Named in the route's name, e.g. "slow link". */
  name: string;
  /** Round trip added to every request, ms. */
  latencyMs: number;
  downKbps: number;
  upKbps: number;
}

/** What to do once drawn: wheel-zoom over an element, wheel-scroll the page over one, or nothing. */
export type Interaction = { kind: 'zoom' | 'scroll'; over: string } | null;

/** The numbers of one route visit (ms). */
export interface RouteVisit {
  drawnMs: number;
  /**
   * When the live page had drawn, where that differs from "drawn" (a case link first shows the
   * build's picture of its chart): the app's own chart, interactive. Null where not asked for.
   */
  liveMs: number | null;
  /** When the last of the route's data files had arrived (Resource Timing); null if not fetched. */
  dataInMs: number | null;
  /** First contentful paint: the page's first text or graphics (on the app, its shell). */
  fcpMs: number | null;
  /** Data files the page requested, relative to the site (e.g. "data/cases/003-zhou.json"). */
  dataRequests: string[];
  /** Frame-time p95 and the longest task during the interaction (null without one). */
  p95Ms: number | null;
  maxLongTaskMs: number | null;
  cpuPerFrameMs: number | null;
}

export const STEPS = 40;
const WHEEL_DELTA = 100;

/**
 * The probe, as source text so no compiler helper leaks into the page. Same interface as
 * bench/pages/probe.ts (long tasks, frame recorder); "drawn" is set by watching the condition
 * every frame, then waiting two more.
 */
const PROBE = `(cond, liveCond, images) => {
  const probe = { longTasks: [], drawn: null, live: null, dataIn: null, error: null };
  // A library of 1,000 cases is more files than the default buffer of 250 entries holds.
  performance.setResourceTimingBufferSize(100000);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // A static page has no script to say its pictures are in: there, every image must have loaded.
  const loaded = () => !images || [...document.images].every((i) => i.complete && i.naturalWidth > 0);
  const holds = (c) => c.every(([s, n]) => document.querySelectorAll(s).length >= n) && loaded();
  const raf = (f) => requestAnimationFrame(f);
  const watch = (c, key) => {
    const look = () => {
      if (!holds(c)) return raf(look);
      raf(() => raf(() => { probe[key] = performance.mark(key).startTime; }));
    };
    raf(look);
  };
  watch(cond, 'drawn');
  if (liveCond) watch(liveCond, 'live');
  let stamps = [];
  let recording = false;
  const loop = (t) => { if (!recording) return; stamps.push(t); raf(loop); };
  probe.startFrames = () => { stamps = []; recording = true; raf(loop); };
  probe.stopFrames = () => { recording = false; return stamps.slice(1).map((t, i) => t - stamps[i]); };
  probe.frames = (n) => new Promise((resolve) => {
    const step = (k) => (k <= 0 ? resolve() : raf(() => step(k - 1)));
    step(n);
  });
  window.__bench = probe;
}`;

/**
 * Opens `url` in a fresh context, waits until `drawn` holds and two frames passed, and reads when
 * the `dataFiles` (site-relative) were in; then runs the interaction, if any.
 */
export async function visitRoute(
  browser: Browser,
  site: string,
  path: string,
  opts: {
    drawn: DrawnCondition;
    /** The live page's condition, where "drawn" can first be met by a picture of it. */
    live?: DrawnCondition;
    /** Drawn also needs every image of the page loaded (a static page, which cannot say so). */
    images?: boolean;
    dataFiles: readonly string[];
    interaction?: Interaction;
    /** A network to emulate (a slow link); the local server's own where absent. */
    network?: NetworkProfile;
    timeoutMs: number;
    phaseCapMs: number;
  },
): Promise<RouteVisit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(
      `(${PROBE})(${JSON.stringify(opts.drawn)}, ${JSON.stringify(opts.live ?? null)}, ${opts.images === true})`,
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const dataRequests: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (u.startsWith(site) && /\/data\/.*\.json$/.test(u))
        dataRequests.push(u.slice(site.length));
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (opts.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: opts.network.latencyMs,
        // Bytes a second, as the protocol counts them.
        downloadThroughput: (opts.network.downKbps * 1000) / 8,
        uploadThroughput: (opts.network.upKbps * 1000) / 8,
      });
    }
    await page.goto(site + path);
    await page
      .waitForFunction(() => window.__bench?.drawn !== null, null, {
        timeout: opts.timeoutMs,
        polling: 100,
      })
      .catch(() => {
        throw new Error(
          `not drawn within ${opts.timeoutMs / 1000} s${errors.length ? `: ${errors[0]}` : ''}`,
        );
      });
    if (opts.live)
      await page
        .waitForFunction(() => window.__bench?.live !== null, null, {
          timeout: opts.timeoutMs,
          polling: 100,
        })
        .catch(() => {
          throw new Error(`live page not drawn within ${opts.timeoutMs / 1000} s`);
        });
    const { drawn, live, dataIn, fcp } = await page.evaluate(
      ({ files, base }) => {
        const wanted = new Set(files.map((f) => new URL(f, base).href));
        const ends = performance
          .getEntriesByType('resource')
          .filter((e) => wanted.has(e.name))
          .map((e) => (e as PerformanceResourceTiming).responseEnd);
        return {
          drawn: window.__bench.drawn!,
          live: window.__bench.live ?? null,
          dataIn: ends.length === wanted.size ? Math.max(...ends) : null,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        };
      },
      { files: [...opts.dataFiles], base: site },
    );
    let p95Ms = null;
    let maxLongTaskMs = null;
    let cpuPerFrameMs = null;
    const act = opts.interaction;
    if (act) {
      await page.evaluate(() => window.__bench.frames(10));
      const box = await page.locator(act.over).first().boundingBox();
      if (!box) throw new Error(`no ${act.over} on the page`);
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
      const r = await phase(page, cdp, STEPS, opts.phaseCapMs, async (i) => {
        const sign = i < STEPS / 2 ? 1 : -1;
        // Zoom in first (wheel up); scroll down first (wheel down).
        await page.mouse.wheel(0, (act.kind === 'zoom' ? -sign : sign) * WHEEL_DELTA);
      });
      p95Ms = r.p95;
      maxLongTaskMs = r.maxLongTask;
      cpuPerFrameMs = r.cpuPerFrame;
    }
    return {
      drawnMs: drawn,
      liveMs: opts.live ? live : null,
      dataInMs: dataIn,
      fcpMs: fcp,
      dataRequests,
      p95Ms,
      maxLongTaskMs,
      cpuPerFrameMs,
    };
  } finally {
    await context.close();
  }
}
