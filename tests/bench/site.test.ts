import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { floorHtml } from '../../bench/site/floorPage.ts';
import { cohortRoute, floorOf, landingRoute, summaryOf } from '../../bench/site/routes.ts';
import { addCases, copySite } from '../../bench/site/site.ts';
import { syntheticCase } from '../../bench/synthetic/generateCase.ts';

const root = mkdtempSync(join(tmpdir(), 'caselines-site-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A stand-in for a built site: a page, a source map and a library of one case. */
function fakeDist(): string {
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'data/cases'), { recursive: true });
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  writeFileSync(join(dist, 'assets/index.js.map'), '{}');
  const index = { formatVersion: 1, cases: [{ id: 'a', file: 'cases/a.json', title: 'A' }] };
  writeFileSync(join(dist, 'data/index.json'), JSON.stringify(index));
  writeFileSync(join(dist, 'data/cases/a.json'), '{}');
  return dist;
}

describe('benchmark site copies', () => {
  const dist = fakeDist();

  it('copies the built site without source maps and adds generated cases to its library only', async () => {
    const site = join(root, 'copy');
    expect(copySite(dist, site).map((e) => e.id)).toEqual(['a']);
    expect(existsSync(join(site, 'assets/index.js.map'))).toBe(false);
    const gen = [1, 2].map((seed) =>
      syntheticCase({ events: 10, points: 3, seed, id: `g-${seed}` }),
    );
    const entries = await addCases(site, gen);
    expect(entries.map((e) => e.id)).toEqual(['a', 'g-1', 'g-2']);
    expect(JSON.parse(readFileSync(join(site, 'data/cases/g-2.json'), 'utf8')).id).toBe('g-2');
    // The built site itself is left as it was.
    expect(readFileSync(join(dist, 'data/index.json'), 'utf8')).not.toContain('g-1');
    expect((await addCases(site, gen.slice(0, 1), { replace: true })).map((e) => e.id)).toEqual([
      'g-1',
    ]);
  });

  it("writes a copy's library summary again from the copy's own library", async () => {
    const site = join(root, 'with-summary');
    copySite(dist, site);
    writeFileSync(join(site, 'data/library.json'), '{}');
    const gen = [syntheticCase({ events: 12, points: 3, seed: 7, id: 'g-7' })];
    await addCases(site, gen, { replace: true });
    const summary = JSON.parse(readFileSync(join(site, 'data/library.json'), 'utf8')) as {
      cases: Array<{ id: string; status: string }>;
    };
    expect(summary.cases.map((c) => [c.id, c.status])).toEqual([['g-7', 'ok']]);
  });

  it('gives the landing and the cohort the summary as their data when the site has one', () => {
    const site = join(root, 'copy');
    const entries = [{ id: 'a', file: 'cases/a.json', title: 'A' }];
    expect(summaryOf(site)).toBeNull();
    expect(landingRoute(entries, null, 'landing').dataFiles).toEqual(['data/index.json']);
    expect(cohortRoute(entries, null, 'cohort').dataFiles).toEqual([
      'data/index.json',
      'data/cases/a.json',
    ]);
    writeFileSync(join(site, 'data/library.json'), '{}');
    expect(summaryOf(site)).toBe('data/library.json');
    expect(cohortRoute(entries, 'data/library.json', 'cohort').dataFiles).toEqual([
      'data/library.json',
    ]);
  });

  it("names a floor's files in its head and waits for one element per file", () => {
    const route = landingRoute([], 'data/library.json', 'landing');
    const floor = floorOf(route, 3);
    expect(floor).toEqual({ path: 'bench-floor-3.html', drawn: [['.floor-file', 1]] });
    const html = floorHtml(['data/library.json', 'data/x</script>.json']);
    expect(html).toContain('["data/library.json",');
    expect(html).not.toContain('x</script>');
  });
});
