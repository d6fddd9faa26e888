// The route benchmark: copies of the built app (the shipped library; S, M and L added; a library of
// 1,000 generated cases), each route visited in a fresh context and rotated against its floor page.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { syntheticCase, SIZES } from '../bench/synthetic/generateCase.ts';
import { floorHtml } from '../bench/site/floorPage.ts';
import { screenDrawn, snapshotScreen } from '../bench/site/screenFloor.ts';
import { addCases, copySite, readIndex, type SiteEntry } from '../bench/site/site.ts';
import {
  caseRoute,
  cohortRoute,
  compareRoute,
  floorOf,
  landingRoute,
  overLink,
  SLOW_LINK,
  summaryOf,
  type RouteSpec,
} from '../bench/site/routes.ts';
import { serveStatic } from '../tests/browser/server.ts';
import { visitRoute, type RouteVisit } from './bench-route-visit.ts';

/** Every visit of one route and of its floor page. */
export interface RouteRun {
  spec: RouteSpec;
  /** Which site copy it ran on: "shipped", "synthetic" or "library-1000". */
  site: string;
  app: RouteVisit[];
  floor: RouteVisit[];
  /** The route's first screen as a static page (screenFloor.ts); empty where the build draws none. */
  screen: RouteVisit[];
  failures: string[];
}

/** How long a route's first screen may take to show before the route counts as having no picture. */
const SNAPSHOT_TIMEOUT_MS = 10_000;

/** The three pages of a route: the app, its fetch floor, its screen floor. */
type Page = 'app' | 'floor' | 'screen';
const PAGES: Page[] = ['app', 'floor', 'screen'];

/** Size of each generated case of the 1,000-case library: about what a curated case holds. */
const LIBRARY_CASE = { events: 30, points: 12 };

/** The site copies and the routes measured on each, for a full or a quick run. */
async function plan(dist: string, root: string, quick: boolean) {
  const sites: Array<{
    name: string;
    dir: string;
    routes: (entries: SiteEntry[]) => RouteSpec[];
    /** Served gzipped (the slow link's routes: bytes count there). */
    gzip?: boolean;
  }> = [];
  const shipped = join(root, 'shipped');
  sites.push({
    name: 'shipped',
    dir: shipped,
    routes: (e) => {
      const zhou = e.find((x) => x.id === '003-zhou') ?? e[0]!;
      const marina = e.find((x) => x.id === '000-marina') ?? e[1] ?? e[0]!;
      const summary = summaryOf(shipped);
      if (quick) return [caseRoute(zhou), landingRoute(e, summary, 'landing')];
      return [
        caseRoute(zhou),
        caseRoute(marina),
        landingRoute(e, summary, 'landing'),
        cohortRoute(e, summary, 'cohort'),
        compareRoute(zhou, marina, `compare ${zhou.id} + ${marina.id}`),
      ];
    },
  });
  copySite(dist, shipped);
  if (quick) return sites;

  // The shipped case link and landing again, over a slow link, served gzipped as a host serves them.
  const slow = join(root, 'slow-link');
  copySite(dist, slow);
  sites.push({
    name: 'slow-link',
    dir: slow,
    gzip: true,
    routes: (e) => [
      overLink(caseRoute(e.find((x) => x.id === '003-zhou') ?? e[0]!), SLOW_LINK),
      overLink(landingRoute(e, summaryOf(slow), 'landing'), SLOW_LINK),
    ],
  });

  const synthetic = join(root, 'synthetic');
  copySite(dist, synthetic);
  await addCases(
    synthetic,
    [
      ...(['S', 'M', 'L'] as const).map((s) =>
        syntheticCase({ ...SIZES[s], seed: 1, id: `synthetic-${s.toLowerCase()}` }),
      ),
      syntheticCase({ ...SIZES.L, seed: 2, id: 'synthetic-l-2' }),
    ],
    { pictures: ['synthetic-s', 'synthetic-m', 'synthetic-l'] },
  );
  sites.push({
    name: 'synthetic',
    dir: synthetic,
    routes: (e) => {
      const byId = (id: string) => e.find((x) => x.id === id)!;
      return [
        ...['S', 'M', 'L'].map((s) =>
          caseRoute(byId(`synthetic-${s.toLowerCase()}`), `synthetic ${s} case link`),
        ),
        compareRoute(byId('synthetic-l'), byId('synthetic-l-2'), 'compare 2 × L', true),
      ];
    },
  });

  const library = join(root, 'library-1000');
  copySite(dist, library);
  await addCases(
    library,
    Array.from({ length: 1000 }, (_, i) =>
      syntheticCase({
        events: LIBRARY_CASE.events + (i % 7) * 5,
        points: LIBRARY_CASE.points,
        seed: 1000 + i,
        id: `generated-${String(i + 1).padStart(4, '0')}`,
      }),
    ),
    // The case link opens the 500th case: the build would have drawn its picture.
    { replace: true, pictures: ['generated-0500'] },
  );
  sites.push({
    name: 'library-1000',
    dir: library,
    routes: (e) => {
      const summary = summaryOf(library);
      return [
        landingRoute(e, summary, '1,000 cases: landing'),
        caseRoute(e[499]!, '1,000 cases: case link'),
        cohortRoute(e, summary, '1,000 cases: cohort', true),
      ];
    },
  });
  return sites;
}

/**
 * Measures every route of the plan against its floor, `reps` times each, alternating which goes
 * first. `dist` is a built app; its copies go to a temporary folder removed afterwards.
 */
export async function benchRoutes(
  browser: Browser,
  dist: string,
  opts: {
    quick: boolean;
    reps: number;
    timeoutMs: number;
    phaseCapMs: number;
    log: (line: string) => void;
    /** Measure only the routes whose name contains this text (a focused run while working). */
    only?: string;
  },
): Promise<RouteRun[]> {
  const root = mkdtempSync(join(tmpdir(), 'caselines-bench-'));
  const server = await serveStatic(root, '/site/');
  const gzipped = await serveStatic(root, '/site/', {}, { gzip: true });
  const runs: RouteRun[] = [];
  const timing = { timeoutMs: opts.timeoutMs, phaseCapMs: opts.phaseCapMs };
  try {
    const sites = await plan(dist, root, opts.quick);
    for (const site of sites) {
      const base = `${(site.gzip ? gzipped : server).url}${site.name}/`;
      const specs = site.routes(readIndex(site.dir));
      for (const spec of specs.filter((x) => !opts.only || x.name.includes(opts.only))) {
        const run: RouteRun = {
          spec,
          site: site.name,
          app: [],
          floor: [],
          screen: [],
          failures: [],
        };
        runs.push(run);
        const floor = floorOf(spec, runs.length);
        writeFileSync(join(site.dir, floor.path), floorHtml(spec.dataFiles));
        const screenPath = `bench-screen-${runs.length}.html`;
        const screen = spec.live
          ? await snapshotScreen(browser, base, spec.path, spec.drawn, SNAPSHOT_TIMEOUT_MS)
          : null;
        if (screen) writeFileSync(join(site.dir, screenPath), screen);
        const pages = PAGES.filter((p) => p !== 'screen' || screen);
        const visit = (which: Page) => {
          if (which === 'app')
            return visitRoute(browser, base, spec.path, {
              drawn: spec.drawn,
              live: spec.live,
              dataFiles: spec.dataFiles,
              interaction: spec.interaction,
              network: spec.network,
              ...timing,
            });
          if (which === 'floor')
            return visitRoute(browser, base, floor.path, {
              drawn: floor.drawn,
              dataFiles: spec.dataFiles,
              network: spec.network,
              ...timing,
            });
          return visitRoute(browser, base, screenPath, {
            drawn: screenDrawn(spec.drawn),
            images: true,
            dataFiles: [],
            network: spec.network,
            ...timing,
          });
        };
        for (let r = 0; r < opts.reps; r++) {
          // Which page goes first changes every repetition.
          for (const which of pages.map((_, i) => pages[(i + r) % pages.length]!)) {
            if (run.failures.some((f) => f.startsWith(which))) continue;
            try {
              const v = await visit(which);
              run[which].push(v);
              const p95 =
                v.p95Ms === null ? '' : `, ${spec.interaction?.kind} p95 ${v.p95Ms.toFixed(1)} ms`;
              const live = v.liveMs === null ? '' : `, live ${v.liveMs.toFixed(0)} ms`;
              opts.log(
                `${spec.name} ${which} #${r + 1}: drawn ${v.drawnMs.toFixed(0)} ms${live}${p95}`,
              );
            } catch (e) {
              // Cut: a failed navigation names the whole address.
              const msg = (e instanceof Error ? e.message.split('\n')[0]! : String(e)).slice(
                0,
                200,
              );
              run.failures.push(`${which}: ${msg}`);
              opts.log(`${spec.name} ${which} #${r + 1}: FAILED (${msg})`);
            }
          }
        }
      }
    }
  } finally {
    await server.close();
    await gzipped.close();
    rmSync(root, { recursive: true, force: true });
  }
  return runs;
}
