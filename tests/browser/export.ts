// Browser checks of the Export toolbar with real clients: the SVG parsed as standalone XML and
// drawn by an independent renderer (rsvg-convert), PNG sizes read from the file, the offline HTML
// opened from file:// with every network request refused, and the print layout as a PDF. Every
// variant carries the legend of what is in view and the sources, and no control.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { syntheticCaseOfSize } from '../../bench/synthetic/generateCase.ts';
import type { Case } from '../../src/core/format/index.ts';
import { expectedTimeline } from './expected.ts';
import { pasteCase } from './landing.ts';
import { openTimeline, type TimelineContext } from './timeline.ts';

/** Clicks an Export button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.export-menu').getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await file.path();
  // EXPORT_KEEP=<folder> keeps a copy of every exported file, for a person to look at.
  if (process.env.EXPORT_KEEP)
    await file.saveAs(join(process.env.EXPORT_KEEP, file.suggestedFilename()));
  return { name: file.suggestedFilename(), bytes: await readFile(path), path };
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(png: Buffer): { width: number; height: number } {
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG signature');
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR', 'IHDR first');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** What an SVG file holds, read by Chromium's XML parser as a standalone document. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    const root = doc.documentElement;
    const all = [...doc.querySelectorAll('*')];
    const ids = new Set(all.map((e) => e.id).filter(Boolean));
    const refs = all.flatMap((e) =>
      [...e.attributes].flatMap((a) => {
        if (/^(xlink:)?href$/i.test(a.name)) return [a.value];
        return [...a.value.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!);
      }),
    );
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      rootName: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: doc.querySelector('svg > title')?.textContent ?? '',
      desc: doc.querySelector('svg > desc')?.textContent ?? '',
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
      marks: doc.querySelectorAll('[data-mark]').length,
      scripts: doc.getElementsByTagNameNS('*', 'script').length,
      foreign: doc.getElementsByTagNameNS('*', 'foreignObject').length,
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name))).length,
      classes: all.filter((e) => e.hasAttribute('class')).length,
      badRefs: refs.filter((r) => !r.startsWith('#') || !ids.has(r.slice(1))),
    };
  }, text);
}

/** The legend an exported SVG draws: each entry's key, its text and how many shapes its sample has. */
async function svgLegend(page: Page, text: string) {
  return page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    return [...doc.querySelectorAll('[data-role="legend"] [data-legend-key]')].map((g) => ({
      key: g.getAttribute('data-legend-key')!,
      text: [...g.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' '),
      shapes: g.querySelectorAll('[data-legend-icon] :is(path, rect, circle, line, polyline)')
        .length,
    }));
  }, text);
}

/** The legend the page shows beside the view: each entry's key and label, as a reader sees it. */
async function pageLegend(page: Page, scope: string) {
  return page.locator(`${scope} .legend [data-legend-key]`).evaluateAll((items) =>
    items.map((li) => ({
      key: li.getAttribute('data-legend-key')!,
      label: li.querySelector('.legend__label')!.textContent!.trim(),
    })),
  );
}

/**
 * Asserts the exported SVG explains itself: every entry of the page's legend for the view (what
 * is in view) is in the file with its label and a drawn sample; the file names no control (no
 * collapse chevron, no "press +", no zoom hint) and its <desc> names the cases.
 */
async function assertExplains(page: Page, text: string, scope: string, cases: readonly Case[]) {
  const want = await pageLegend(page, scope);
  const have = await svgLegend(page, text);
  assert.ok(want.length >= 3, `the page lists a legend (${want.length} entries)`);
  for (const w of want) {
    const entry = have.find((h) => h.key === w.key);
    assert.ok(entry, `legend entry ${w.key} in the file`);
    assert.equal(entry.text.replace(/\s+/g, ' '), w.label, `label of ${w.key}`);
    assert.ok(entry.shapes >= 1, `a drawn sample for ${w.key}`);
  }
  assert.equal(have.length, want.length, 'no entry the page does not list');
  assert.doesNotMatch(text, /[▾▸]/, 'no collapse chevron');
  assert.doesNotMatch(text, /press \+|\+ and −|Zoom:|wheel|click/i, 'no interaction hint');
  const svg = await readSvg(page, text);
  for (const c of cases) assert.ok(svg.desc.includes(c.title), `desc names ${c.id}`);
  assert.doesNotMatch(
    svg.desc,
    /\bpress\b|\bzoom|\bbutton|arrow keys|\bclick/i,
    'desc describes, not controls',
  );
}

/** Where the legend, the citations and the charts sit in an exported SVG, drawn in the page. */
async function svgLayout(page: Page, text: string) {
  return page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0';
    host.appendChild(root);
    document.body.appendChild(host);
    // No named helpers in here: the test runner's transform would rename them out of scope.
    const top = root.getBoundingClientRect().top;
    const [legend, citations, ...charts] = [
      root.querySelector('[data-role="legend"]')!,
      root.querySelector('[data-role="citations"]')!,
      ...root.querySelectorAll(':scope > g > svg'),
    ].map((el) => {
      const b = el.getBoundingClientRect();
      return { top: b.top - top, bottom: b.bottom - top, height: b.height };
    });
    const out = {
      height: Number(root.getAttribute('height')),
      chartsBottom: Math.max(...charts.map((c) => c.bottom)),
      legend: legend!,
      citations: citations!,
    };
    host.remove();
    return out;
  }, text);
}

/** Distinct colours and the share of pixels unlike the top-left one, decoded by a canvas. */
async function pixelStats(page: Page, png: Buffer, band?: { top: number; bottom: number }) {
  return page.evaluate(
    async ({ b64, band }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      // The background is the top-left pixel of the whole image, even when a band is asked for.
      const bg = ctx.getImageData(0, 0, 1, 1).data;
      const y0 = band ? Math.floor(band.top) : 0;
      const h = band ? Math.ceil(band.bottom) - y0 : c.height;
      const d = ctx.getImageData(0, y0, c.width, h).data;
      const colours = new Set<number>();
      let differ = 0;
      for (let i = 0; i < d.length; i += 4) {
        colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
        if (d[i] !== bg[0] || d[i + 1] !== bg[1] || d[i + 2] !== bg[2]) differ++;
      }
      return { colours: colours.size, inked: differ / (d.length / 4) };
    },
    { b64: png.toString('base64'), band },
  );
}

/** Asserts an SVG export is safe, standalone, cited and drawable by rsvg-convert. */
async function assertGoodSvg(page: Page, bytes: Buffer, path: string, cases: readonly Case[]) {
  const text = bytes.toString('utf8');
  assert.doesNotMatch(text, /<script|foreignObject|javascript:|\son[a-z]+=/i, 'nothing runs');
  const svg = await readSvg(page, text);
  assert.equal(svg.parseError, null, 'parses as standalone XML');
  assert.equal(svg.rootName, 'svg');
  assert.equal(svg.namespace, 'http://www.w3.org/2000/svg');
  assert.equal(svg.scripts + svg.foreign + svg.handlers, 0, 'no script, foreignObject or on*');
  assert.equal(svg.classes, 0, 'styles are inlined, not left to class names');
  assert.deepEqual(svg.badRefs, [], 'every reference points inside the file');
  for (const c of cases) {
    assert.ok(svg.title.includes(c.title), `title names ${c.id}`);
    for (const s of c.sources) if (s.doi) assert.ok(svg.text.includes(`doi:${s.doi}`), s.doi);
  }
  assert.ok(svg.desc.length > 40, 'a description');
  assert.match(svg.text, /Sources?:/, 'citation footer');
  // An independent renderer: librsvg draws it at the size the file states, and not blank.
  const out = `${path}.rsvg.png`;
  execFileSync('rsvg-convert', ['-o', out, path]);
  const png = await readFile(out);
  assert.deepEqual(pngSize(png), { width: svg.width, height: svg.height }, 'rsvg size');
  const stats = await pixelStats(page, png);
  assert.ok(stats.colours >= 6, `rsvg drew colours (${stats.colours})`);
  assert.ok(stats.inked > 0.02, `rsvg drew marks (${(stats.inked * 100).toFixed(1)}% inked)`);
  return svg;
}

/** Opens a saved offline file in a fresh context that refuses every request not to file://. */
async function openOffline(page: Page, name: string, bytes: Buffer) {
  const dir = await mkdtemp(join(tmpdir(), 'caselines-offline-'));
  const path = join(dir, name);
  await writeFile(path, bytes);
  const context = await page.context().browser()!.newContext();
  const blocked: string[] = [];
  await context.route('**/*', (r) => {
    if (r.request().url().startsWith('file:')) return r.continue();
    blocked.push(r.request().url());
    return r.abort();
  });
  const off = await context.newPage();
  const errors: string[] = [];
  off.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  off.on('pageerror', (e) => errors.push(e.message));
  await off.goto(`file://${path}`);
  return { off, blocked, errors, close: () => context.close() };
}

/** Every export check, run through the runner's `check`. */
export async function exportChecks({ check, url, caseById }: TimelineContext): Promise<void> {
  const zhou = caseById('zhou');
  const marina = caseById('marina');

  await check(
    'export: a case SVG is standalone, safe, cited, and rsvg-convert draws it',
    async (page) => {
      await openTimeline(page, url, zhou.id);
      const want = expectedTimeline(zhou).marks;
      const file = await download(page, 'SVG');
      assert.equal(file.name, `caselines-${zhou.id}.svg`);
      const svg = await assertGoodSvg(page, file.bytes, file.path, [zhou]);
      assert.equal(svg.marks, want, 'every mark of the chart is in the file');
      await assertExplains(page, file.bytes.toString('utf8'), 'article.case', [zhou]);
      // The legend sits below the chart and above the sources, inside the drawing.
      const at = await svgLayout(page, file.bytes.toString('utf8'));
      assert.ok(at.legend.height > 40, `a legend is drawn (${at.legend.height} px)`);
      assert.ok(at.legend.top >= at.chartsBottom, 'legend below the chart');
      assert.ok(at.legend.bottom <= at.citations.top, 'legend above the sources');
      assert.ok(at.citations.bottom <= at.height, 'sources inside the drawing');
    },
  );

  await check(
    'export: a zoomed case exports the legend of what is in view, not of the whole case',
    async (page) => {
      await openTimeline(page, url, zhou.id);
      const whole = (await pageLegend(page, 'article.case')).length;
      // Days 0 to 40 after the infusion: the early lines of therapy and the relapse are out of view.
      await openTimeline(page, url, zhou.id, 'v=1&from=0&to=40');
      await page.reload();
      await page.locator('.timeline__svg').waitFor();
      const zoomed = await pageLegend(page, 'article.case');
      assert.ok(zoomed.length < whole, `fewer entries in view (${zoomed.length} of ${whole})`);
      const file = await download(page, 'SVG');
      await assertExplains(page, file.bytes.toString('utf8'), 'article.case', [zhou]);
      const marks = (await readSvg(page, file.bytes.toString('utf8'))).marks;
      assert.equal(
        marks,
        await page.locator('.timeline__svg [data-mark]').count(),
        'marks in view',
      );
    },
  );

  await check(
    'export: a dense case (canvas on screen) exports every mark in view as SVG',
    async (page) => {
      // Generated, not curated: opened as the reader's own file, never part of the library.
      const dense = syntheticCaseOfSize('S');
      await pasteCase(page, url, JSON.stringify(dense));
      // A file that opens shows its timeline at once.
      await page.locator('canvas.timeline__dense').waitFor();
      const live = await page.locator('.timeline__svg [data-mark]').count();
      const file = await download(page, 'SVG');
      const svg = await readSvg(page, file.bytes.toString('utf8'));
      assert.equal(svg.parseError, null);
      const want = expectedTimeline(dense).marks;
      assert.ok(want > 600 && live < want, `dense on screen (${live} SVG marks of ${want})`);
      assert.equal(svg.marks, want, 'every mark is in the file');
    },
  );

  await check(
    'export: a comparison with a dense pane (canvas on screen) exports every mark of both',
    async (page) => {
      const dense = syntheticCaseOfSize('S');
      await pasteCase(page, url, JSON.stringify(dense));
      await page.locator('.timeline__svg').waitFor();
      // The opened file lives in this page's session: reach the comparison in the same page.
      await page.goto(`${url}#/`);
      await page.getByRole('link', { name: 'Compare two' }).click();
      await page.getByLabel('First case').selectOption(`own:${dense.id}`);
      await page.getByLabel('Second case').selectOption(zhou.id);
      await page.locator('.compare-pane canvas.timeline__dense').waitFor();
      await page.locator('.compare-pane .timeline__svg').nth(1).waitFor();
      const file = await download(page, 'SVG');
      const svg = await readSvg(page, file.bytes.toString('utf8'));
      assert.equal(svg.parseError, null);
      const want = expectedTimeline(dense).marks + expectedTimeline(zhou).marks;
      assert.equal(svg.marks, want, 'every mark of both panes is in the file');
      // The screen goes back to the canvas after the copy.
      await page.locator('.compare-pane canvas.timeline__dense').waitFor();
    },
  );

  await check(
    'export: PNG 1×, 2× and 4× are the drawing size times the scale, legend included',
    async (page) => {
      await openTimeline(page, url, zhou.id);
      const svgText = (await download(page, 'SVG')).bytes.toString('utf8');
      const svg = await readSvg(page, svgText);
      for (const scale of [1, 2, 4]) {
        const file = await download(page, `PNG ${scale}×`);
        assert.equal(file.name, `caselines-${zhou.id}${scale === 1 ? '' : `@${scale}x`}.png`);
        assert.deepEqual(pngSize(file.bytes), {
          width: Math.round(svg.width * scale),
          height: Math.round(svg.height * scale),
        });
        if (scale === 2) {
          const stats = await pixelStats(page, file.bytes);
          assert.ok(stats.colours >= 6 && stats.inked > 0.02, 'the PNG is not blank');
          // The PNG is the drawing with its legend: the band below the chart holds the samples
          // and labels in several colours.
          const at = await svgLayout(page, svgText);
          const band = { top: at.legend.top * 2, bottom: at.legend.bottom * 2 };
          const legend = await pixelStats(page, file.bytes, band);
          assert.ok(
            legend.colours >= 6 && legend.inked > 0.01,
            `the PNG draws the legend (${legend.colours} colours, ${(legend.inked * 100).toFixed(1)}% inked)`,
          );
        }
      }
    },
  );

  await check(
    'export: comparison SVG holds both panes, one legend and both citations',
    async (page) => {
      await page.goto(`${url}#/compare?v=1&a=${zhou.id}&b=${marina.id}`);
      await page.locator('.compare-pane .timeline__svg').nth(1).waitFor();
      const live = await page.locator('.compare-pane .timeline__svg [data-mark]').count();
      const file = await download(page, 'SVG');
      assert.equal(file.name, `caselines-compare-${zhou.id}-${marina.id}.svg`);
      const svg = await assertGoodSvg(page, file.bytes, file.path, [zhou, marina]);
      assert.equal(svg.marks, live, 'the marks of both panes');
      assert.ok(svg.text.includes('First case'), 'pane headings redrawn as text');
      await assertExplains(page, file.bytes.toString('utf8'), 'article.compare', [zhou, marina]);
    },
  );

  await check(
    'export: cohort SVG holds every patient row, the legend and the cited sources',
    async (page) => {
      await page.goto(`${url}#/cohort`);
      await page.locator('#root .swimmer-row').first().waitFor();
      const rows = await page.locator('#root .swimmer-row').count();
      const labels = await page.locator('.swimmer-row__link').allInnerTexts();
      const markers = await page.locator('.swimmer-track [data-marker]').count();
      const file = await download(page, 'SVG');
      assert.equal(file.name, 'caselines-cohort.svg');
      const svg = await assertGoodSvg(page, file.bytes, file.path, []);
      assert.ok(rows > 1);
      for (const l of labels) assert.ok(svg.text.includes(l.trim()), `row label ${l}`);
      const inFile = await page.evaluate(
        (src) =>
          new DOMParser().parseFromString(src, 'image/svg+xml').querySelectorAll('[data-marker]')
            .length,
        file.bytes.toString('utf8'),
      );
      assert.equal(inFile, markers, 'every marker');
      assert.ok(svg.text.includes(`doi:${zhou.sources.find((s) => s.doi)!.doi}`), 'cites Zhou');
      await assertExplains(page, file.bytes.toString('utf8'), 'article.cohort', []);
      assert.match(svg.desc, new RegExp(`^Cohort swimmer plot of ${rows} patients`), 'desc');
    },
  );

  await check(
    'export: offline HTML opens from file:// with the network blocked, zooms and shows details',
    async (page) => {
      await openTimeline(page, url, zhou.id);
      const file = await download(page, 'Offline HTML');
      assert.equal(file.name, `caselines-${zhou.id}.html`);
      const { off, blocked, errors, close } = await openOffline(page, file.name, file.bytes);
      try {
        await off.locator('.timeline__svg').waitFor();
        assert.equal(
          await off.locator('.timeline__svg [data-mark]').count(),
          expectedTimeline(zhou).marks,
          'marks drawn offline',
        );
        const ticks = () =>
          off
            .locator('.axis [data-tick]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-tick')));
        const before = await ticks();
        const box = (await off.locator('.timeline__surface').boundingBox())!;
        await off.mouse.move(box.x + box.width * 0.5, box.y + 60);
        await off.mouse.wheel(0, -600);
        await off.waitForFunction(() => window.location.hash.includes('from='));
        assert.notDeepEqual(await ticks(), before, 'wheel zoom changes the axis');
        await off.locator('[data-mark="crs"] .glyph__shape').click();
        await off.locator('.detail[data-detail="crs"]').waitFor();
        assert.match(await off.locator('.detail[data-detail="crs"]').innerText(), /grade 1/);
        // The copy explains itself as the page does: the legend of what is in view, and the sources.
        const items = off.locator('.legend [data-legend-key]');
        assert.ok((await items.count()) >= 3, 'legend entries offline');
        assert.ok(await items.first().isVisible(), 'legend shown offline');
        const note = off.locator('.export-print-note');
        assert.ok(await note.isVisible(), 'sources shown offline');
        assert.ok((await note.innerText()).includes(`doi:${zhou.sources[0]!.doi}`), 'cites Zhou');
        assert.deepEqual(blocked, [], 'no request left the file');
        assert.deepEqual(errors, [], 'no errors (and no CSP violation) offline');
      } finally {
        await close();
      }
    },
  );

  await check(
    'export: offline HTML of the comparison and the cohort render from file://, with legend and sources',
    async (page) => {
      await page.goto(`${url}#/compare?v=1&a=${zhou.id}&b=${marina.id}&anchor=transplant`);
      await page.locator('.compare-pane .timeline__svg').nth(1).waitFor();
      const pair = await download(page, 'Offline HTML');
      assert.equal(pair.name, `caselines-compare-${zhou.id}-${marina.id}.html`);
      const a = await openOffline(page, pair.name, pair.bytes);
      try {
        await a.off.locator('.compare-pane .timeline__svg').nth(1).waitFor();
        assert.match(
          await a.off.locator('.compare-pane').first().innerText(),
          /Day 0: first transplant/,
        );
        assert.ok((await a.off.locator('.compare-pane [data-mark]').count()) > 10, 'marks drawn');
        assert.ok((await a.off.locator('.legend [data-legend-key]').count()) >= 3, 'legend');
        const cites = await a.off.locator('.export-print-note').innerText();
        for (const c of [zhou, marina])
          for (const src of c.sources) if (src.doi) assert.ok(cites.includes(src.doi), src.doi);
        assert.deepEqual([...a.blocked, ...a.errors], []);
      } finally {
        await a.close();
      }
      await page.goto(`${url}#/cohort`);
      await page.locator('#root .swimmer-row').first().waitFor();
      const rows = await page.locator('#root .swimmer-row').count();
      const cohort = await download(page, 'Offline HTML');
      const b = await openOffline(page, cohort.name, cohort.bytes);
      try {
        await b.off.locator('.swimmer-row').first().waitFor();
        assert.equal(await b.off.locator('.swimmer-row').count(), rows, 'every patient row');
        assert.ok((await b.off.locator('.legend [data-legend-key]').count()) >= 3, 'legend');
        assert.ok(await b.off.locator('.export-print-note').isVisible(), 'sources shown');
        assert.deepEqual([...b.blocked, ...b.errors], []);
      } finally {
        await b.close();
      }
    },
  );

  const views = [
    { name: 'case', hash: `#/case/${zhou.id}`, ready: '.timeline__svg', scope: 'article.case' },
    {
      name: 'comparison',
      hash: `#/compare?v=1&a=${zhou.id}&b=${marina.id}`,
      ready: '.compare-pane .timeline__svg',
      scope: 'article.compare',
    },
    { name: 'cohort', hash: '#/cohort', ready: '#root .swimmer-row', scope: 'article.cohort' },
  ];
  for (const v of views)
    await check(
      `export: print hides the chrome, shows the legend and fits the ${v.name} view on one landscape page (Letter and A4)`,
      async (page) => {
        await page.goto(`${url}${v.hash}`);
        await page.locator(v.ready).first().waitFor();
        await page
          .locator('.export-menu')
          .getByRole('button', { name: 'Print', exact: true })
          .waitFor();
        await page.emulateMedia({ media: 'print' });
        for (const sel of ['.site-header', '.site-footer', '.export-menu', '.breadcrumb'])
          assert.equal(
            await page.locator(sel).first().isVisible(),
            false,
            `${sel} hidden in print`,
          );
        assert.ok(await page.locator(v.ready).first().isVisible(), 'chart printed');
        assert.ok(await page.locator('.export-print-note').isVisible(), 'sources printed');
        // The legend of what is in view prints below the chart: every entry, sample and label.
        const entries = page.locator(`${v.scope} .legend [data-legend-key]`);
        const n = await entries.count();
        assert.ok(n >= 3, `legend entries (${n})`);
        for (let i = 0; i < n; i++) {
          const entry = entries.nth(i);
          assert.ok(await entry.locator('.legend__label').isVisible(), `legend label ${i} printed`);
          assert.ok(
            await entry.locator('svg.legend__icon').isVisible(),
            `legend sample ${i} printed`,
          );
        }
        const chart = (await page.locator(v.ready).last().boundingBox())!;
        const legend = (await page.locator(`${v.scope} .legend`).boundingBox())!;
        assert.ok(legend.y >= chart.y, 'legend printed below the chart’s top');
        // No control prints: toggles' hit areas, focus rings, zoom hints, anything marked data-ui.
        for (const sel of ['.timeline__keys', '[data-ui]', '.lane-title__hit', '.mark__focus'])
          for (const el of await page.locator(sel).all())
            assert.equal(await el.isVisible(), false, `${sel} not printed`);
        for (const format of ['Letter', 'A4']) {
          const pdf = await page.pdf({ landscape: true, preferCSSPageSize: true, format });
          const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
          assert.equal(pages, 1, `${format}: one page (got ${pages})`);
        }
      },
    );

  await check('export: a dark-theme reader prints dark ink on white paper', async (page) => {
    await page.addInitScript(() => window.localStorage.setItem('caselines.theme', 'dark'));
    await page.goto(`${url}#/case/${zhou.id}`);
    await page.locator('.timeline__svg').waitFor();
    const ink = () =>
      page.evaluate(() => {
        const css = getComputedStyle(document.documentElement);
        return {
          bg: css.getPropertyValue('--bg').trim(),
          text: css.getPropertyValue('--text').trim(),
        };
      });
    const screen = await ink();
    await page.emulateMedia({ media: 'print' });
    const paper = await ink();
    assert.notDeepEqual(paper, screen, 'print leaves the dark tokens');
    assert.equal(paper.bg.toLowerCase(), '#f7f8fa', 'light page token in print');
    assert.equal(paper.text.toLowerCase(), '#1b1f24', 'dark text in print');
  });
}
