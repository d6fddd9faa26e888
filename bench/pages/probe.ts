// Instruments a benchmark page the same way for the app and the peer: long tasks from the start,
// a "drawn" mark once the chart exists and two frames have passed, and a frame recorder the
// driver starts and stops around each scripted interaction.

/** What the driver reads back from a page. */
export interface Probe {
  /** Start time and duration of every long task so far, in ms. */
  longTasks: Array<{ start: number; duration: number }>;
  /** ms from navigation start to the "drawn" mark; null until drawn. */
  drawn: number | null;
  /** Real routes only: ms until the live page had drawn, where a picture of it can come first. */
  live?: number | null;
  /** ms from navigation start until the page had all its data files' text; null until then. */
  dataIn: number | null;
  /** Set when the page failed, with the reason. */
  error: string | null;
  /** Starts recording rAF timestamps. */
  startFrames: () => void;
  /** Stops recording and returns the frame intervals in ms. */
  stopFrames: () => number[];
  /** Resolves after the next n animation frames. */
  frames: (n: number) => Promise<void>;
}

declare global {
  interface Window {
    /** The page's probe, read by scripts/bench.ts. */
    __bench: Probe;
    /** Data requests started by the inline script in the page's head (bench/vite.config.ts). */
    __early?: Record<string, Promise<Response>>;
  }
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

/** Installs the probe on window; call first thing in each page. */
export function installProbe(): Probe {
  const probe: Probe = {
    longTasks: [],
    drawn: null,
    dataIn: null,
    error: null,
    startFrames,
    stopFrames,
    frames: async (n) => {
      for (let i = 0; i < n; i++) await nextFrame();
    },
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  let stamps: number[] = [];
  let recording = false;
  function loop(t: number) {
    if (!recording) return;
    stamps.push(t);
    requestAnimationFrame(loop);
  }
  function startFrames() {
    stamps = [];
    recording = true;
    requestAnimationFrame(loop);
  }
  function stopFrames() {
    recording = false;
    return stamps.slice(1).map((t, i) => t - stamps[i]!);
  }
  window.__bench = probe;
  return probe;
}

/** Marks "drawn" once `count` elements match the selector and two more frames have been drawn. */
export async function markDrawnWhen(probe: Probe, selector: string, count = 1): Promise<void> {
  while (document.querySelectorAll(selector).length < count) await nextFrame();
  await nextFrame();
  await nextFrame();
  probe.drawn = performance.mark('drawn').startTime;
}

/** Marks the moment the page has the text of every data file it needs (before any parsing). */
export function markDataIn(): void {
  window.__bench.dataIn = performance.mark('data-in').startTime;
}

/** The synthetic case name from the address (?case=M), checked against the files the driver writes. */
export function caseParam(name = 'case'): string {
  const v = new URLSearchParams(location.search).get(name) ?? 'S';
  if (!/^[A-Za-z0-9-]+$/.test(v)) throw new Error(`Bad ?${name}=${v}`);
  return v;
}

/** The synthetic cases a page shows: ?a= and ?b= for two, else ?case= for one. */
export function caseNames(): string[] {
  return new URLSearchParams(location.search).has('a')
    ? [caseParam('a'), caseParam('b')]
    : [caseParam()];
}

/**
 * Fetches a data file written by the driver through the request the page's head started
 * (bench/vite.config.ts). A path the head did not start is an error, not a quiet second fetch:
 * the pages would then no longer start their data alike, and the drawn times would not compare.
 */
export async function fetchText(path: string): Promise<string> {
  const early = window.__early?.[path];
  if (!early) throw new Error(`${path}: not requested by the page head`);
  const res = await early;
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.text();
}
