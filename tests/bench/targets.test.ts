import { describe, expect, it } from 'vitest';
import type { RouteVisit } from '../../scripts/bench-route-visit.ts';
import type { RouteRun } from '../../scripts/bench-routes.ts';
import {
  failedChecks,
  formatRoutes,
  formatTargets,
  judge,
  routeRow,
  verdict,
  type RouteRow,
  type Target,
} from '../../scripts/bench-targets.ts';
import {
  caseRoute,
  cohortRoute,
  landingRoute,
  overLink,
  SLOW_LINK,
} from '../../bench/site/routes.ts';
import type { Row } from '../../scripts/bench-report.ts';

const zhou = { id: '003-zhou', file: 'cases/003-zhou.json', title: 'Zhou' };
const marina = { id: '000-marina', file: 'cases/000-marina.json', title: 'Marina' };

function visit(
  drawnMs: number,
  dataRequests: string[] = [],
  p95Ms: number | null = null,
): RouteVisit {
  return {
    drawnMs,
    liveMs: null,
    dataInMs: drawnMs / 2,
    fcpMs: drawnMs / 4,
    dataRequests,
    p95Ms,
    maxLongTaskMs: null,
    cpuPerFrameMs: null,
  };
}

function run(
  spec: RouteRun['spec'],
  app: RouteVisit[],
  floor: RouteVisit[],
  site = 'shipped',
  screen: RouteVisit[] = [],
): RouteRun {
  return { spec, site, app, floor, screen, failures: [] };
}

const find = (ts: Target[], start: string) => ts.find((t) => t.target.startsWith(start))!;

describe('route targets', () => {
  it('takes medians of the page and of its floor, and counts case files beyond what it shows', () => {
    const r = routeRow(
      run(
        caseRoute(zhou),
        [
          visit(300, ['data/index.json', 'data/cases/003-zhou.json', 'data/cases/000-marina.json']),
          visit(900),
          visit(200),
        ],
        [visit(100), visit(120), visit(5000)],
      ),
    );
    expect(r.app!.drawnMs).toBe(300);
    expect(r.floor!.drawnMs).toBe(120);
    expect(r.caseFiles).toBe(2);
    expect(r.extraCaseFiles).toBe(1);
  });

  it('prints each route with its floor, their ratio, the live chart, first paint and case files', () => {
    const r = routeRow(
      run(
        caseRoute(zhou),
        [{ ...visit(300, ['data/cases/003-zhou.json']), liveMs: 640 }],
        [visit(120)],
      ),
    );
    const [head, line] = formatRoutes([r]).split('\n');
    expect(
      head!
        .trim()
        .split(/\s{2,}/)
        .slice(0, 10),
    ).toEqual([
      'route',
      'drawn ms',
      'floor ms',
      'ratio',
      'screen ms',
      '÷ screen',
      'screen ÷ floor',
      'live ms',
      'first paint',
      'data in',
    ]);
    expect(line!.trim().split(/\s{2,}/)).toEqual([
      'case link 003-zhou',
      '300',
      '120',
      '2.50 ×',
      '—',
      '—',
      '—',
      '640',
      '75.0',
      '150',
      '60.0',
      '—',
      '—',
      '1',
      '1/1/0',
    ]);
  });

  it('judges a case link against 1.5 × its floor, and its requests', () => {
    const fast = routeRow(
      run(caseRoute(zhou), [visit(150, ['data/cases/003-zhou.json'])], [visit(100)]),
    );
    const slow = routeRow(
      run(
        caseRoute(marina),
        [visit(151, ['data/cases/000-marina.json', 'data/cases/003-zhou.json'])],
        [visit(100)],
      ),
    );
    const ts = judge([fast, slow], [], 90);
    expect(find(ts, 'shipped case link 003-zhou: drawn')).toMatchObject({
      pass: true,
      measured: '150 ms, floor 100 ms: 1.50 ×',
    });
    expect(find(ts, 'shipped case link 000-marina: drawn').pass).toBe(false);
    expect(find(ts, 'shipped case link 003-zhou fetches only').pass).toBe(true);
    expect(find(ts, 'shipped case link 000-marina fetches only')).toMatchObject({
      pass: false,
      measured: '2 case files fetched, 1 beyond what it shows',
    });
    expect(find(ts, 'initial JavaScript')).toMatchObject({ pass: true, measured: '90.0 kB' });
    // What was not measured is neither a pass nor a failure.
    expect(find(ts, 'synthetic L case link').pass).toBeNull();
    expect(find(ts, 'XL (20,000 events) zoom').pass).toBeNull();
  });

  it('gives the 1,000-case library 2 × its floor and judges the cohort scroll frames', () => {
    const entries = [zhou, marina];
    const landing = routeRow(
      run(
        landingRoute(entries, 'data/library.json', '1,000 cases: landing'),
        [visit(199)],
        [visit(100)],
        'library-1000',
      ),
    );
    const cohort = routeRow(
      run(
        cohortRoute(entries, null, '1,000 cases: cohort', true),
        [visit(201, [], 17.5)],
        [visit(100)],
        'library-1000',
      ),
    );
    const ts = judge([landing, cohort], [], null);
    expect(find(ts, '1,000 cases: landing: drawn').pass).toBe(true);
    expect(find(ts, '1,000 cases: landing fetches no case file').pass).toBe(true);
    expect(find(ts, '1,000 cases: cohort: drawn').pass).toBe(false);
    // 17.5 ms is one 60 Hz frame plus timestamp jitter: no frame dropped.
    expect(find(ts, '1,000 cases: cohort scroll').pass).toBe(true);
  });

  it('takes the longest zoom task over the harness sizes and the comparison', () => {
    const harness = [
      {
        name: 'XL',
        events: 20_000,
        app: { zoomP95Ms: 33.3, zoomMaxLongTaskMs: 120 },
        peer: null,
        floor: null,
      },
    ] as unknown as Row[];
    const ts = judge([], harness, null);
    expect(find(ts, 'XL (20,000 events) zoom')).toMatchObject({ pass: false, measured: '33.3 ms' });
    expect(find(ts, 'no long task')).toMatchObject({
      pass: false,
      measured: 'longest 120 ms (XL, median of visits)',
    });
  });
});

describe('the screen floor', () => {
  const withScreen = routeRow(
    run(caseRoute(zhou), [visit(220), visit(230), visit(210)], [visit(100)], 'shipped', [
      visit(180),
      visit(170),
      visit(900),
    ]),
  );
  const without = routeRow(run(caseRoute(marina), [visit(200)], [visit(100)]));

  it('takes the median of the static first screen, and none where the build drew no picture', () => {
    expect(withScreen.screen).toEqual({ drawnMs: 180, fcpMs: 45 });
    expect(without.screen).toBeNull();
  });

  it('judges the proposed target against the screen, and says what the screen costs', () => {
    const ts = judge([withScreen, without], [], null);
    const t = find(ts, 'proposed: shipped case link 003-zhou');
    expect(t).toMatchObject({
      target: 'proposed: shipped case link 003-zhou: drawn ≤ 1.5 × its screen floor',
      measured: '220 ms, screen 180 ms: 1.22 ×; the screen is 1.80 × the fetch floor',
      pass: true,
      quick: false,
    });
    // No screen, no proposed line: its absence is not a pass.
    expect(ts.some((x) => x.target.startsWith('proposed: shipped case link 000-marina'))).toBe(
      false,
    );
    const slower = routeRow(
      run(caseRoute(zhou), [visit(280)], [visit(100)], 'shipped', [visit(180)]),
    );
    expect(find(judge([slower], [], null), 'proposed:').pass).toBe(false);
  });

  it('measures a route over a slow link under its own name, with no target of its own', () => {
    const slow = routeRow(
      run(overLink(caseRoute(zhou), SLOW_LINK), [visit(900)], [visit(600)], 'slow-link', [
        visit(700),
      ]),
    );
    expect(slow).toMatchObject({ name: 'slow link: case link 003-zhou', network: 'slow link' });
    expect(withScreen.network).toBeNull();
    // Neither the shipped lines nor the proposed one judge it.
    expect(judge([slow], [], null).filter((t) => t.target.includes('slow link'))).toEqual([]);
    expect(formatRoutes([slow])).toContain('slow link: case link 003-zhou');
  });

  it('prints the screen and both ratios in the route table', () => {
    const line = formatRoutes([withScreen]).split('\n')[1]!;
    expect(line).toMatch(/220 +100 +2\.20 × +180 +1\.22 × +1\.80 ×/);
    expect(line).toMatch(/3\/1\/3$/);
  });
});

describe('quick mode', () => {
  const rows: RouteRow[] = [
    routeRow(run(caseRoute(zhou), [visit(900, ['data/cases/003-zhou.json'])], [visit(100)])),
    routeRow(
      run(
        landingRoute([zhou], null, 'landing'),
        [visit(150, ['data/cases/003-zhou.json'])],
        [visit(100)],
      ),
    ),
  ];
  const ts = judge(rows, [], 120);

  it('prints a failed target it does not check as information, never as FAIL', () => {
    const text = formatTargets(ts, true);
    expect(text).toContain(
      'INFO (not checked in quick mode; over the target)  shipped case link 003-zhou: drawn',
    );
    expect(text).toContain('FAIL  shipped landing fetches no case file');
    expect(text).toContain('FAIL  initial JavaScript');
    const fails = text.split('\n').filter((l) => l.includes('FAIL'));
    expect(fails.every((l) => ts.find((t) => l.includes(t.target))!.quick)).toBe(true);
    expect(failedChecks(ts, true).map((t) => t.target)).toEqual([
      'shipped landing fetches no case file',
      'initial JavaScript of the landing route ≤ 100 kB gzip',
    ]);
  });

  it('judges every target in a full run', () => {
    expect(verdict(find(ts, 'shipped case link 003-zhou: drawn'), false)).toBe('FAIL');
    expect(verdict(find(ts, 'synthetic S'), false)).toBe('n/a (not measured)');
    expect(failedChecks(ts, false).length).toBe(3);
  });
});
