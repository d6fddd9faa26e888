// Medians, app ÷ peer ratios and the targets, as a printed table and as JSON.

import type { FloorVisit, Visit } from './bench-measure.ts';

/** Every visit of one scenario (a case size, or the comparison), per page kind. */
export interface Scenario {
  name: string;
  events: number;
  app: Visit[];
  peer: Visit[];
  /** The floor page: fetch and parse the same files, an empty plot, the same two frames. */
  floor: FloorVisit[];
  /** Why a page could not be measured, if it could not. */
  failures: { app: string[]; peer: string[]; floor: string[] };
}

/** Median of each metric over a scenario's visits (null when no visit succeeded). */
export type Medians = Record<keyof Visit, number> | null;

/** Medians of the floor page's two marks (null when no visit succeeded). */
export type FloorMedians = FloorVisit | null;

/** One scenario's medians as the report and the JSON carry them. */
export interface Row {
  name: string;
  events: number;
  app: Medians;
  peer: Medians;
  floor: FloorMedians;
}

const METRICS: Array<[keyof Visit, string]> = [
  ['drawnMs', 'drawn ms'],
  ['dataInMs', 'data in ms'],
  ['zoomCpuPerFrameMs', 'zoom CPU/frame ms'],
  ['zoomP95Ms', 'zoom p95 ms'],
  ['zoomMaxLongTaskMs', 'zoom max long task ms'],
  ['panCpuPerFrameMs', 'pan CPU/frame ms'],
  ['panP95Ms', 'pan p95 ms'],
  ['panMaxLongTaskMs', 'pan max long task ms'],
  ['heapMB', 'JS heap MB'],
  ['domNodes', 'DOM nodes'],
  ['zoomStepsDone', 'zoom steps done'],
  ['panStepsDone', 'pan steps done'],
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The median of each of `keys` over the visits (null for none). */
function medianEach<K extends string>(
  visits: ReadonlyArray<Record<K, number>>,
  keys: readonly K[],
) {
  if (visits.length === 0) return null;
  return Object.fromEntries(keys.map((k) => [k, median(visits.map((v) => v[k]))])) as Record<
    K,
    number
  >;
}

/** The medians of every metric over the visits. */
export function medians(visits: Visit[]): Medians {
  return medianEach(
    visits,
    METRICS.map(([k]) => k),
  );
}

/** The floor page's medians over its visits. */
export function floorMedians(visits: FloorVisit[]): FloorMedians {
  return medianEach(visits, ['drawnMs', 'dataInMs'] as const);
}

/** One target of the issue and whether this run meets it (null: not measured). */
export interface TargetResult {
  target: string;
  measured: string;
  pass: boolean | null;
  /** What bounds the measurement from below in the same run, where the target depends on it. */
  floor?: string;
}

/** Checks the targets against the medians of each scenario. */
export function checkTargets(rows: Row[]): TargetResult[] {
  const out: TargetResult[] = [];
  const row = (n: string) => rows.find((r) => r.name === n);
  const fmt = (x: number) => x.toFixed(x < 10 ? 2 : 1);
  for (const n of ['M', 'L']) {
    const r = row(n);
    const ratio = r?.app && r.peer ? r.app.drawnMs / r.peer.drawnMs : null;
    const floor = r?.floor && r.peer ? r.floor.drawnMs / r.peer.drawnMs : null;
    out.push({
      target: `${n}: time until drawn ≤ 0.10 × vis-timeline`,
      measured: ratio === null ? 'not measured' : `${fmt(ratio)} ×`,
      pass: ratio === null ? null : ratio <= 0.1,
      // The floor page only fetches and parses the same file: no page that reads it can be faster.
      ...(floor !== null && {
        floor: `a page that only fetches and parses the file: ${fmt(floor)} ×${floor > 0.1 ? ', above the target' : ''}`,
      }),
    });
  }
  for (const [n, limit] of [
    ['M', 16.7],
    ['L', 16.7],
    ['XL', 33.3],
    ['2 × M', 16.7],
  ] as const) {
    const app = row(n)?.app;
    out.push({
      target: `${n}: zoom frame-time p95 ≤ ${limit} ms`,
      measured: app ? `${fmt(app.zoomP95Ms)} ms` : 'not measured',
      // Frames come in 60 Hz steps of 16.67 ms and their timestamps jitter by tenths of a ms: 1 ms
      // absorbs that jitter, far below the 16.7 ms a dropped frame adds.
      pass: app ? app.zoomP95Ms <= limit + 1 : null,
    });
  }
  const big = rows.filter((r) => r.events >= 10_000 && r.app);
  const worst = big.length ? Math.max(...big.map((r) => r.app!.zoomMaxLongTaskMs)) : null;
  out.push({
    target: 'no long task over 200 ms while zooming at ≥ 10,000 events',
    measured: worst === null ? 'not measured' : `longest ${fmt(worst)} ms (median of runs)`,
    pass: worst === null ? null : worst <= 200,
  });
  return out;
}

/**
 * The table printed to the terminal: one line per metric and scenario, app, peer and app ÷ peer,
 * and the floor page beside the two times it has.
 */
export function formatTable(rows: Row[], targets: TargetResult[]): string {
  const lines = [['scenario', 'metric', 'app', 'vis-timeline', 'app ÷ peer', 'floor']];
  const num = (x: number | undefined) =>
    x === undefined ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(x >= 10 ? 1 : 2);
  for (const r of rows) {
    for (const [k, label] of METRICS) {
      const a = r.app?.[k];
      const p = r.peer?.[k];
      const ratio = a !== undefined && p !== undefined && p > 0 ? (a / p).toFixed(2) : '—';
      const f = k === 'drawnMs' || k === 'dataInMs' ? num(r.floor?.[k]) : '';
      lines.push([r.name, label, num(a), num(p), ratio, f]);
    }
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const text = lines.map((l) => l.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
  const verdicts = targets
    .map(
      (t) =>
        `${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${t.measured}` +
        (t.floor ? ` (floor: ${t.floor})` : ''),
    )
    .join('\n');
  return `${text}\n\nTargets\n${verdicts}`;
}
