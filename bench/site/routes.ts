// What each measured route of the app is: its address, the DOM condition that means "drawn", the
// data files it needs (what its floor page fetches and parses), and the interaction measured after.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type {
  DrawnCondition,
  Interaction,
  NetworkProfile,
} from '../../scripts/bench-route-visit.ts';
import { SUMMARY_PATH } from '../../src/core/library/librarySummary.ts';
import { PICTURE_DRAWN } from '../../src/boot/prerenderFiles.ts';
import { FLOOR_MARK } from './floorPage.ts';
import type { SiteEntry } from './site.ts';

/**
 * A slow link: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (a phone on a weak signal, a
 * busy ward's Wi-Fi). On the local server first paint is mostly computing; here it is mostly bytes
 * and round trips, which is what a reader on such a link waits for.
 */
export const SLOW_LINK: NetworkProfile = {
  name: 'slow link',
  latencyMs: 150,
  downKbps: 1600,
  upKbps: 750,
};

/** `route` measured again over `network` (its floor and screen floor too). */
export function overLink(route: RouteSpec, network: NetworkProfile): RouteSpec {
  return { ...route, name: `${network.name}: ${route.name}`, network };
}

/** One route to measure against its floor. */
export interface RouteSpec {
  /** Name in the report, e.g. "case link 003-zhou". */
  name: string;
  /** Which family of targets it belongs to. */
  kind: 'case' | 'landing' | 'cohort' | 'compare';
  /** Path of the page under the site, with the route in its hash. */
  path: string;
  drawn: DrawnCondition;
  /** The live page's own chart, where "drawn" may first be met by the build's picture of it. */
  live?: DrawnCondition;
  /** Data files (site-relative) the route needs to draw: its floor fetches exactly these. */
  dataFiles: string[];
  interaction: Interaction;
  /** The case files this route may fetch (a case link: its case; the landing: none). */
  mayFetch?: string[];
  /** The network its pages are visited over; the local server's own where absent. */
  network?: NetworkProfile;
}

/**
 * The library summary file of a site copy, if its build wrote one: what the cards, the search and
 * the cohort's rows need. With it, the landing and the cohort need only it; without it (an older
 * build) they need the index, and the cohort every case.
 */
export function summaryOf(siteDir: string): string | null {
  const file = `data/${SUMMARY_PATH}`;
  return existsSync(join(siteDir, file)) ? file : null;
}

/** A chart with its plot and at least one mark (SVG, or the dense canvas) per case shown. */
const chartDrawn = (charts: number): DrawnCondition => [
  ['.timeline__svg .timeline__plot', charts],
  ['.timeline .mark, .timeline canvas.timeline__dense', charts],
];

/** The build's picture of a case chart, loaded (src/boot/prerenderShell.ts marks it). */
const PICTURE = `.prerender__chart[${PICTURE_DRAWN}]`;

/**
 * A case opened by its link: the chart drawn, either the build's picture of it or the live chart,
 * whichever comes first; the live chart is timed too. It needs its own file.
 */
export function caseRoute(entry: SiteEntry, name = `case link ${entry.id}`): RouteSpec {
  const file = `data/${entry.file}`;
  const live = chartDrawn(1);
  return {
    name,
    kind: 'case',
    path: `index.html#/case/${encodeURIComponent(entry.id)}`,
    drawn: live.map(([s, n]) => [`${s}, ${PICTURE}`, n] as const),
    live,
    dataFiles: [file],
    interaction: null,
    mayFetch: [file],
  };
}

/** Two cases side by side, optionally zoomed over the first chart. */
export function compareRoute(a: SiteEntry, b: SiteEntry, name: string, zoom = false): RouteSpec {
  return {
    name,
    kind: 'compare',
    path: `index.html#/compare?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(b.id)}`,
    drawn: chartDrawn(2),
    dataFiles: [`data/${a.file}`, `data/${b.file}`],
    interaction: zoom ? { kind: 'zoom', over: '.timeline__surface' } : null,
    mayFetch: [`data/${a.file}`, `data/${b.file}`],
  };
}

/** The landing page: its first cards drawn; it needs the summary, or the index without one. */
export function landingRoute(
  entries: SiteEntry[],
  summary: string | null,
  name: string,
): RouteSpec {
  return {
    name,
    kind: 'landing',
    path: 'index.html#/',
    // The build's rendering of the page or the live page: the first cards either way.
    drawn: [['.card', Math.min(6, entries.length)]],
    live: [['#root .card', Math.min(6, entries.length)]],
    dataFiles: [summary ?? 'data/index.json'],
    interaction: null,
    mayFetch: [],
  };
}

/**
 * The cohort: its first rows drawn; it needs the summary, or the index and every case without
 * one. Scrolled after (the swimmer plot has no zoom of its own: scrolling its rows is the gesture).
 */
export function cohortRoute(
  entries: SiteEntry[],
  summary: string | null,
  name: string,
  scroll = false,
): RouteSpec {
  return {
    name,
    kind: 'cohort',
    path: 'index.html#/cohort',
    // The build's rendering of the page or the live page: the first rows either way.
    drawn: [['.swimmer-row', Math.min(6, entries.length)]],
    live: [['#root .swimmer-row', Math.min(6, entries.length)]],
    dataFiles: summary ? [summary] : ['data/index.json', ...entries.map((e) => `data/${e.file}`)],
    interaction: scroll ? { kind: 'scroll', over: '.swimmer__rows' } : null,
  };
}

/** The floor page of a route (written by writeFloor): fetches and parses exactly its data files. */
export function floorOf(route: RouteSpec, n: number): { path: string; drawn: DrawnCondition } {
  return { path: `bench-floor-${n}.html`, drawn: [[`.${FLOOR_MARK}`, route.dataFiles.length]] };
}
