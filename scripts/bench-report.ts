// Medians of the harness pages (the app's timeline alone, the peer, the floor) with app ÷ peer
// ratios, as a printed table and as JSON. The targets are judged in bench-targets.ts.

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

/**
 * The table printed to the terminal: one line per metric and scenario, app, peer and app ÷ peer,
 * and the floor page beside the two times it has.
 */
export function formatTable(rows: Row[]): string {
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
  return text;
}
