// Browser checks of the build's picture of a case chart (src/boot): shown on a case link before the
// app has loaded, it is the live chart's scene (every mark where the live chart puts it), it sits
// where the live chart will be (nothing moves at the hand-over), and it is used only where it is
// the chart the link opens (no view in the address) in the reader's theme.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { densePictureChecks } from './prerenderDense.ts';
import { paintAndRequest } from './firstScreenPaint.ts';
import type { TimelineContext } from './timeline.ts';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

type Box = { x: number; y: number; width: number; height: number };
type Marks = Record<string, { x: number; y: number }>;

const fmt = (p: { x: number; y: number }) => `(${p.x.toFixed(1)}, ${p.y.toFixed(1)})`;

/**
 * Where each mark's glyph is drawn under `svg` (its group's translate, in the chart's own pixels),
 * by mark key; a mark drawn without a glyph (a bar) is listed at NaN, so both sets can be compared.
 */
const markCentres = (svg: Element): Marks => {
  const out: Marks = {};
  for (const g of svg.querySelectorAll('[data-mark]')) {
    const glyph = [...g.children].find((c) =>
      /^translate\(/.test(c.getAttribute('transform') ?? ''),
    );
    const m = /translate\(([-\d.]+),\s*([-\d.]+)\)/.exec(glyph?.getAttribute('transform') ?? '');
    out[g.getAttribute('data-mark')!] = m
      ? { x: Number(m[1]), y: Number(m[2]) }
      : { x: NaN, y: NaN };
  }
  return out;
};

/** The picture as it shows (its box and size), and its marks, from the SVG file it shows. */
async function readPicture(page: Page) {
  await page.locator('.prerender__chart[data-drawn]').waitFor({ state: 'attached' });
  const shown = await page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('.prerender__chart')!;
    const b = document.querySelector('.prerender__box')!.getBoundingClientRect();
    const r = img.getBoundingClientRect();
    const t = document.querySelector('.prerender .case-toolbar__title')!.getBoundingClientRect();
    const nav = document.querySelector('.prerender .site-nav')!.getBoundingClientRect();
    const picker = document
      .querySelector('.prerender .theme-picker select')!
      .getBoundingClientRect();
    // The same file drawn inline, where its marks can be measured.
    const text = await (await fetch(img.src)).text();
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const holder = document.createElement('div');
    holder.className = 'picture-probe';
    holder.append(document.importNode(svg, true));
    document.body.append(holder);
    return {
      src: img.src.split('/data/')[1]!,
      box: { x: b.x, y: b.y + window.scrollY, width: b.width, height: b.height } as Box,
      // The toolbar's heading, by the middle of its line (the picture's box is the row's height).
      title: { x: t.x, y: t.y + t.height / 2 + window.scrollY },
      header: { nav: nav.x, picker: picker.x, pickerWidth: picker.width },
      pickerLook: ['backgroundColor', 'color', 'opacity']
        .map(
          (k) =>
            getComputedStyle(document.querySelector('.prerender .theme-picker select')!)[
              k as 'color'
            ],
        )
        .join(' '),
      size: { width: r.width, height: r.height },
    };
  });
  const marks = await page.$eval('.picture-probe > svg', markCentres);
  await page.evaluate(() => document.querySelector('.picture-probe')?.remove());
  return { ...shown, marks };
}

/** The live chart once the picture has gone: its box, its SVG's size and its marks. */
async function readLive(page: Page) {
  await page.locator('.timeline__svg').waitFor();
  await page.waitForFunction(() => !document.getElementById('prerender'));
  const shown = await page.evaluate(() => {
    const b = document.querySelector('.timeline')!.getBoundingClientRect();
    const r = document.querySelector('.timeline__svg')!.getBoundingClientRect();
    const t = document.querySelector('#root .case-toolbar__title')!.getBoundingClientRect();
    const nav = document.querySelector('#root .site-nav')!.getBoundingClientRect();
    const picker = document.querySelector('#root .theme-picker select')!.getBoundingClientRect();
    return {
      box: { x: b.x, y: b.y + window.scrollY, width: b.width, height: b.height } as Box,
      title: { x: t.x, y: t.y + t.height / 2 + window.scrollY },
      header: { nav: nav.x, picker: picker.x, pickerWidth: picker.width },
      pickerLook: ['backgroundColor', 'color', 'opacity']
        .map(
          (k) =>
            getComputedStyle(document.querySelector('#root .theme-picker select')!)[k as 'color'],
        )
        .join(' '),
      size: { width: r.width, height: r.height },
    };
  });
  return { ...shown, marks: await page.$eval('.timeline__svg', markCentres) };
}

/**
 * Holds back the app's entry script until the returned function is called, so the build's picture
 * is on screen, alone, while it is measured, however fast the app would have drawn.
 */
async function holdApp(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Checks of the build's chart pictures on case links. */
export async function prerenderChecks(context: TimelineContext): Promise<void> {
  const { check, url, cases, caseById } = context;
  await densePictureChecks(context, holdApp);
  // Every shipped case at the first size; Zhou and Marina at the others.
  const shown = (size: (typeof SIZES)[number]) =>
    size === SIZES[0] ? [...cases.values()] : [caseById('zhou'), caseById('marina')];
  for (const size of SIZES)
    for (const c of shown(size))
      await check(
        `a case link first shows the build's picture of its chart, mark for mark the live chart, and nothing moves when the live chart takes over (${c.id}, ${size.width}×${size.height})`,
        async (page) => {
          const release = await holdApp(page);
          const requested = new Set<string>();
          page.on('request', (r) => {
            if (/\/data\/prerender\/.+\.svg$/.test(r.url())) requested.add(r.url());
          });
          await page.goto(`${url}#/case/${c.id}`, { waitUntil: 'commit' });
          const pic = await readPicture(page);
          release();
          const live = await readLive(page);
          assert.match(pic.src, new RegExp(`^prerender/${c.id}/light-\\d+\\.svg$`));
          // The boot script requests the picture before the page is laid out, by the window's
          // width: the measured box must name that same file, not a second one.
          assert.deepEqual(
            [...requested].map((u) => u.slice(u.indexOf('prerender/'))),
            [pic.src],
            'one picture requested, the one shown',
          );
          for (const k of ['x', 'y', 'width'] as const)
            assert.ok(
              Math.abs(pic.box[k] - live.box[k]) <= 1,
              `chart box ${k}: picture ${pic.box[k].toFixed(1)}, live ${live.box[k].toFixed(1)}`,
            );
          // The toolbar's heading too: its controls come with the app, in rows the picture keeps.
          for (const k of ['x', 'y'] as const)
            assert.ok(
              Math.abs(pic.title[k] - live.title[k]) <= 1,
              `"Timeline" heading ${k}: picture ${pic.title[k].toFixed(1)}, live ${live.title[k].toFixed(1)}`,
            );
          // The header too: its links and theme picker stay put.
          for (const k of ['nav', 'picker', 'pickerWidth'] as const)
            assert.ok(
              Math.abs(pic.header[k] - live.header[k]) <= 1,
              `header ${k}: picture ${pic.header[k].toFixed(1)}, live ${live.header[k].toFixed(1)}`,
            );
          assert.equal(pic.pickerLook, live.pickerLook, 'the theme picker drawn as the live one');
          assert.ok(
            Math.abs(pic.size.height - live.size.height) <= 1 &&
              Math.abs(pic.size.width - live.size.width) <= 2,
            `picture ${pic.size.width}×${pic.size.height}, live chart ${live.size.width}×${live.size.height}`,
          );
          const keys = Object.keys(live.marks).sort();
          assert.ok(keys.length > 5, `the live chart has ${keys.length} marks`);
          assert.deepEqual(Object.keys(pic.marks).sort(), keys, 'the same marks');
          const glyphs = keys.filter((k) => !Number.isNaN(live.marks[k]!.x));
          assert.ok(glyphs.length > 5, `${glyphs.length} marks with a glyph`);
          const off = keys.filter(
            (k) =>
              Number.isNaN(pic.marks[k]!.x) !== Number.isNaN(live.marks[k]!.x) ||
              Math.abs(pic.marks[k]!.x - live.marks[k]!.x) > 0.5 ||
              Math.abs(pic.marks[k]!.y - live.marks[k]!.y) > 0.5,
          );
          assert.deepEqual(
            off.map((k) => `${k}: ${fmt(pic.marks[k]!)} vs ${fmt(live.marks[k]!)}`),
            [],
            'every mark of the picture where the live chart draws it',
          );
        },
        size,
      );

  // The landing and the cohort: the build's rendering of the page's first screen, then the live
  // page's, item for item (cards; swimmer rows with their marks) in the same words and places.
  const pages = [
    { name: 'landing page', hash: '#/', item: '.card', what: 'cards' },
    { name: 'cohort', hash: '#/cohort', item: '.swimmer-row', what: 'rows and marks' },
  ];
  for (const p of pages)
    for (const size of [SIZES[0]!, SIZES[2]!])
      await check(
        `the ${p.name} first shows the build's rendering of its ${p.what}, the same words in the same places as the live page, which removes it once drawn (${size.width}×${size.height})`,
        async (page) => {
          const items = (scope: string) =>
            page.$$eval(`${scope} ${p.item}`, (els) =>
              els.map((e) => {
                const r = e.getBoundingClientRect();
                // A swimmer row's marks: which events, and where their glyphs are drawn.
                const marks = [...e.querySelectorAll('[data-marker]')].map(
                  (m) =>
                    `${m.getAttribute('data-marker')} ${m.querySelector('.glyph')?.getAttribute('transform')}`,
                );
                return {
                  x: r.x,
                  y: r.y + window.scrollY,
                  w: r.width,
                  h: r.height,
                  text: e.textContent,
                  marks: marks.join(', '),
                };
              }),
            );
          const release = await holdApp(page);
          await page.goto(`${url}${p.hash}`, { waitUntil: 'commit' });
          await page.locator(`.prerender ${p.item}`).first().waitFor();
          const built = await items('.prerender');
          // Whether the live page had drawn its own when the picture went.
          await page.evaluate((item) => {
            const w = window as unknown as { liveWhenGone?: number };
            new MutationObserver((_, o) => {
              if (document.getElementById('prerender')) return;
              w.liveWhenGone = document.querySelectorAll(`#root ${item}`).length;
              o.disconnect();
            }).observe(document.body, { childList: true });
          }, p.item);
          release();
          await page.waitForFunction(() => !document.getElementById('prerender'));
          const liveWhenGone = await page.evaluate(
            () => (window as unknown as { liveWhenGone?: number }).liveWhenGone,
          );
          assert.ok(
            liveWhenGone! >= Math.min(6, cases.size),
            `${liveWhenGone} live ${p.what} drawn`,
          );
          const live = (await items('#root')).slice(0, built.length);
          assert.ok(built.length >= 6, `${built.length} ${p.what} in the picture`);
          assert.equal(live.length, built.length, `as many live ${p.what}`);
          built.forEach((b, i) => {
            const l = live[i]!;
            assert.equal(b.text, l.text, `${p.item} ${i + 1}: the same words`);
            assert.equal(b.marks, l.marks, `${p.item} ${i + 1}: the same marks`);
            for (const k of ['x', 'y', 'w', 'h'] as const)
              assert.ok(
                Math.abs(b[k] - l[k]) <= 1,
                `${p.item} ${i + 1} ${k}: built ${b[k]}, live ${l[k]}`,
              );
          });
        },
        size,
      );
  await check('a cohort with a view or a search in its address shows no picture', async (page) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/prerender/')) asked.push(r.url().split('/data/')[1]!);
    });
    for (const query of ['sort=crs', 'q=cd7']) {
      // A new document each time: from one cohort address to another is a hash change.
      await page.goto('about:blank');
      await page.goto(`${url}#/cohort?${query}`);
      await page.locator('#root .swimmer-row').first().waitFor();
      assert.equal(await page.locator('#prerender').count(), 0, `no picture (${query})`);
    }
    assert.deepEqual(asked, [], 'no picture requested');
  });

  const zhou = caseById('zhou');
  for (const [what, hash] of [
    ['a case link', `#/case/${zhou.id}`],
    ['the landing', '#/'],
    ['the cohort', '#/cohort'],
  ] as const)
    await check(
      `${what}: the app's code is requested only once the build's picture has been presented`,
      async (page) => {
        await page.goto(`${url}${hash}`);
        await page.locator('#prerender').waitFor({ state: 'detached' });
        const t = await paintAndRequest(page, /\/assets\/index-[^/]*\.js$/);
        assert.ok(t.painted !== null && t.painted > 0, 'the picture reported its paint');
        assert.ok(t.requested !== null, 'the app’s entry was requested');
        assert.ok(
          t.requested >= t.painted,
          `entry requested at ${t.requested.toFixed(0)} ms, picture presented at ${t.painted.toFixed(0)} ms`,
        );
      },
    );
  await check(
    'a case link whose picture cannot be read still opens the live page, with nothing of the picture left',
    async (page) => {
      // A file that is no picture: the image fails to decode (an HTTP error would be reported).
      await page.route(/\/data\/prerender\/[^/]+\/[^/]+\.svg$/, (route) =>
        route.fulfill({ status: 200, contentType: 'image/svg+xml', body: 'not a picture' }),
      );
      await page.goto(`${url}#/case/${zhou.id}`);
      await page.locator('#root .timeline__svg .mark').first().waitFor();
      assert.equal(await page.locator('#prerender').count(), 0, 'the picture’s page is gone');
      assert.ok(await page.locator('#root').isVisible(), 'the live page shows');
    },
  );
  await check(
    'a case link with a view in its address, or opened from the library, shows no picture; a stored dark theme gets the dark picture',
    async (page) => {
      const pictures: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/data/prerender/') && r.url().endsWith('.svg'))
          pictures.push(r.url().split('/data/')[1]!);
      });
      await page.goto(`${url}#/case/${zhou.id}?table=1`);
      await page.locator('article.case h1').waitFor();
      await page.goto(`${url}#/`);
      await page.locator(`.card[data-case-id="${zhou.id}"] a`).first().click();
      await page.locator('.timeline__svg').waitFor();
      assert.deepEqual(pictures, [], 'no picture for a view in the address or a click in the app');
      await page.evaluate(() => window.localStorage.setItem('caselines.theme', 'dark'));
      await page.goto(`${url}#/case/${zhou.id}`);
      await page.reload();
      await page.locator('.timeline__svg').waitFor();
      assert.ok(
        pictures.length > 0 &&
          pictures.every((p: string) => p.startsWith(`prerender/${zhou.id}/dark-`)),
        `pictures asked for: ${pictures.join(', ')}`,
      );
    },
  );
}
