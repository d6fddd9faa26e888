// Browser checks of the embed route (#/embed?…) and the share dialog: the chart alone, filling
// any frame, in the link's theme and options.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { PALETTE } from '../../src/core/glyphs/index.ts';
import { expectedTimeline } from './expected.ts';
import { smallestText } from './textSize.ts';
import { axeProblems, type TimelineContext } from './timeline.ts';

const SIZES = [
  { width: 960, height: 540 },
  { width: 1920, height: 1080 },
] as const;

/** Opens an embed link and waits until its chart (or swimmer rows) is drawn and fitted. */
export async function openEmbed(page: Page, url: string, query: string, what = '.timeline__svg') {
  await page.goto(`${url}#/embed?${query}`);
  await page.locator(what).first().waitFor();
  await settled(page);
}

/** Waits two frames and until the fitted picture stops changing size (the fit takes a few steps). */
async function settled(page: Page) {
  let last = '';
  for (let i = 0; i < 20; i++) {
    await page.evaluate(
      () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
    );
    const now = await page.evaluate(() => {
      const r = document.querySelector('.embed__picture')?.getBoundingClientRect();
      return r ? `${r.width.toFixed(1)}×${r.height.toFixed(1)}` : '';
    });
    if (now === last) return;
    last = now;
  }
}

/** What a reader of the frame sees of the page's extent: scrollbars and the picture's box. */
const extent = (page: Page) =>
  page.evaluate(() => {
    const pic = document.querySelector('.embed__picture')!.getBoundingClientRect();
    const svg = document.querySelector('.timeline__svg, .swimmer')?.getBoundingClientRect();
    return {
      scrollW: document.documentElement.scrollWidth,
      scrollH: document.documentElement.scrollHeight,
      innerW: window.innerWidth,
      innerH: window.innerHeight,
      right: pic.right,
      bottom: pic.bottom,
      chartW: svg?.width ?? 0,
    };
  });

/** Asserts the embed fits its frame: no scrollbars, nothing past the edges, chart ≥ 90 % of the width. */
async function assertFits(page: Page) {
  const e = await extent(page);
  assert.ok(e.scrollW <= e.innerW, `no horizontal scroll (${e.scrollW} > ${e.innerW})`);
  assert.ok(e.scrollH <= e.innerH, `no vertical scroll (${e.scrollH} > ${e.innerH})`);
  assert.ok(e.right <= e.innerW + 0.5, `picture inside the right edge (${e.right})`);
  assert.ok(e.bottom <= e.innerH + 0.5, `picture inside the bottom edge (${e.bottom})`);
  return e;
}

const ticks = (page: Page) =>
  page
    .locator('.timeline .axis [data-tick]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-tick')));

async function wheel(page: Page) {
  const box = (await page.locator('.timeline__surface').first().boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.4);
  await page.mouse.wheel(0, -600);
  await page.waitForTimeout(250);
}

/** Every embed check, run through the runner's `check`. */
export async function embedChecks({ check, url, cases, caseById }: TimelineContext): Promise<void> {
  for (const c of cases.values()) {
    const want = expectedTimeline(c);
    for (const size of SIZES) {
      await check(
        `embed: ${c.id} at ${size.width}×${size.height} draws its ${want.marks} marks, no app chrome, no scrollbars`,
        async (page) => {
          await openEmbed(page, url, `v=1&view=case&case=${c.id}`);
          assert.equal(await page.locator('.timeline__svg [data-mark]').count(), want.marks);
          assert.equal(
            await page.locator('header, nav, footer, h1, .timeline-controls').count(),
            0,
            'no header, navigation, footer, heading or controls',
          );
          const e = await assertFits(page);
          // Height may limit the scale (then the chart is narrower), but it still fills most of the frame.
          assert.ok(e.chartW >= size.width * 0.5, `chart width ${e.chartW} of ${size.width}`);
        },
        size,
      );
    }
  }

  const zhou = caseById('zhou');
  const marina = caseById('marina');
  const kong = caseById('kong');
  await check(
    'embed: re-lays out when the frame is resized (the chart follows its width)',
    async (page) => {
      await openEmbed(page, url, `v=1&view=case&case=${marina.id}&legend=0`);
      const small = await assertFits(page);
      await page.setViewportSize({ width: 1600, height: 900 });
      await settled(page);
      const large = await assertFits(page);
      assert.ok(large.chartW > small.chartW * 1.3, `chart grew: ${small.chartW} → ${large.chartW}`);
      assert.ok(large.chartW >= 1600 * 0.9, `fills the wider frame (${large.chartW})`);
      await page.setViewportSize({ width: 700, height: 500 });
      await settled(page);
      const narrow = await assertFits(page);
      assert.ok(narrow.chartW < small.chartW, `chart shrank: ${narrow.chartW}`);
    },
    SIZES[0],
  );

  await check(
    'embed: static=1 is a still picture (wheel does not zoom); interactive zooms',
    async (page) => {
      await openEmbed(page, url, `v=1&view=case&case=${zhou.id}`);
      const before = await ticks(page);
      await wheel(page);
      assert.notDeepEqual(await ticks(page), before, 'the interactive embed zooms');
      await openEmbed(page, url, `v=1&view=case&case=${zhou.id}&static=1`);
      const still = await ticks(page);
      await wheel(page);
      assert.deepEqual(await ticks(page), still, 'the still embed keeps its window');
      await page.locator('[data-mark="crs"]').first().click({ force: true });
      assert.equal(await page.locator('.embed__detail').count(), 0, 'a click opens no details');
    },
    SIZES[0],
  );

  await check(
    'embed: an opened mark’s details close on Escape, and focus returns to the mark',
    async (page) => {
      await openEmbed(page, url, `v=1&view=case&case=${zhou.id}`);
      await page.locator('[data-mark="crs"] .glyph__shape').first().click({ force: true });
      await page.locator('.embed__detail').waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.embed__detail').waitFor({ state: 'detached' });
      assert.equal(
        await page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? null),
        'crs',
        'focus is back on the mark',
      );
    },
    SIZES[0],
  );

  await check(
    'embed: theme=dark and theme=contrast change the colours; light is the default',
    async (page) => {
      const colours = async (query: string) => {
        await openEmbed(page, url, `v=1&view=case&case=${zhou.id}${query}`);
        return page.evaluate(() => ({
          theme: document.documentElement.dataset.theme,
          page: getComputedStyle(document.querySelector('.embed')!).backgroundColor,
          chart: getComputedStyle(document.querySelector('.timeline')!).backgroundColor,
        }));
      };
      const light = await colours('');
      const dark = await colours('&theme=dark');
      const contrast = await colours('&theme=contrast');
      assert.deepEqual([light.theme, dark.theme, contrast.theme], ['light', 'dark', 'contrast']);
      assert.equal(light.chart, 'rgb(255, 255, 255)');
      assert.equal(dark.chart, 'rgb(18, 20, 23)');
      assert.equal(contrast.chart, 'rgb(0, 0, 0)');
      assert.notEqual(dark.page, light.page, 'the frame around the chart is dark too');
    },
    SIZES[0],
  );

  await check(
    'embed: legend=0 hides the legend, title=0 the caption',
    async (page) => {
      await openEmbed(page, url, `v=1&view=case&case=${zhou.id}`);
      assert.ok(await page.locator('.legend').isVisible(), 'legend by default');
      assert.match(
        await page.locator('.embed__caption').innerText(),
        new RegExp(zhou.sources[0]!.doi!.replace(/[.]/g, '\\.')),
      );
      await openEmbed(page, url, `v=1&view=case&case=${zhou.id}&legend=0&title=0`);
      assert.equal(await page.locator('.legend').count(), 0);
      assert.equal(await page.locator('.embed__caption').count(), 0);
    },
    SIZES[0],
  );

  await check(
    'embed: preset=slide is a 16:10 to 16:9 frame laid out at its real size, with text sized for the room and thicker marks',
    async (page) => {
      const measure = async (query: string, id = zhou.id) => {
        await openEmbed(page, url, `v=1&view=case&case=${id}${query}`);
        return page.evaluate(() => {
          const frame = document.querySelector('.embed__frame')!.getBoundingClientRect();
          const pic = document.querySelector<HTMLElement>('.embed__picture')!;
          const svg = document.querySelector('.timeline__svg')!;
          const shape = document.querySelector('.glyph__shape')!;
          return {
            ratio: frame.width / frame.height,
            transform: getComputedStyle(pic).transform,
            drawn: svg.getBoundingClientRect().width / svg.clientWidth,
            stroke: parseFloat(getComputedStyle(shape).strokeWidth),
            slideFont: getComputedStyle(document.querySelector('.embed')!)
              .getPropertyValue('--slide-font')
              .trim(),
          };
        });
      };
      // In a 4:3 window the slide is a 16:10 frame inside it (the least slide-like shape kept).
      const boxed = await measure('&preset=slide');
      assert.ok(
        Math.abs(boxed.ratio - 16 / 10) < 0.01,
        `16:10 frame in a 4:3 window (${boxed.ratio})`,
      );
      assert.equal(boxed.transform, 'none', 'the slide is not scaled like a picture');
      assert.ok(Math.abs(boxed.drawn - 1) < 0.01, `the chart is drawn 1:1 (${boxed.drawn})`);
      // 1024×768: the text is sized from a 16:10 frame of that width, 640 px high (24 × 640 / 1080).
      assert.equal(boxed.slideFont, '14px');
      await page.setViewportSize({ width: 1280, height: 720 });
      const plain = await measure('', kong.id);
      const slide = await measure('&preset=slide', kong.id);
      assert.ok(
        slide.stroke > plain.stroke * 1.5,
        `thicker marks (${plain.stroke} → ${slide.stroke})`,
      );
      assert.equal(slide.slideFont, '16px', '24 px × 720 / 1080');
      const small = await smallestText(page, '.embed__picture');
      console.log(`    Kong slide at 1280×720: smallest text ${small?.px} px (“${small?.text}”)`);
      assert.ok(small && small.px >= 16, `smallest text ${small?.px} px (“${small?.text}”)`);
      await assertFits(page);
    },
    { width: 1024, height: 768 },
  );

  await check(
    'embed: a comparison draws both cases and fits 960×540',
    async (page) => {
      await openEmbed(page, url, `v=1&view=compare&a=${zhou.id}&b=${marina.id}`);
      const ids = await page
        .locator('.compare-pane')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-case-id')));
      assert.deepEqual(ids, [zhou.id, marina.id]);
      const marks = expectedTimeline(zhou).marks + expectedTimeline(marina).marks;
      assert.equal(await page.locator('.compare-pane [data-mark]').count(), marks);
      assert.equal(await page.locator('.compare-picker, .compare__intervals:visible').count(), 0);
      await assertFits(page);
    },
    SIZES[0],
  );

  await check(
    'embed: the cohort swimmer plot draws one row per case from the library summary (no case file read) and fits 960×540',
    async (page) => {
      const caseReads: string[] = [];
      page.on('request', (r) => {
        if (r.url().startsWith(`${url}data/cases/`)) caseReads.push(r.url());
      });
      await openEmbed(page, url, 'v=1&view=cohort', '.swimmer-row');
      assert.equal(await page.locator('.swimmer-row').count(), cases.size);
      assert.deepEqual(caseReads, [], 'no case file');
      assert.equal(await page.locator('.cohort-controls, .compare-box:visible').count(), 0);
      await assertFits(page);
    },
    SIZES[0],
  );

  await check(
    'embed: the share dialog opens and its preview frame draws the marks',
    async (page) => {
      await page.goto(`${url}#/case/${zhou.id}`);
      await page.locator('.timeline__svg').waitFor();
      await page.getByRole('button', { name: 'Share / embed' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share or embed' });
      await dialog.waitFor();
      const snippet = await dialog.getByLabel('Embed code').inputValue();
      assert.match(snippet, /^<iframe src="[^"]+#\/embed\?v=1&amp;view=case&amp;case=/);
      assert.match(snippet, /title="Caselines timeline: /);
      const preview = page.frameLocator('.share__preview iframe');
      await preview.locator('.timeline__svg').waitFor();
      assert.equal(
        await preview.locator('.timeline__svg [data-mark]').count(),
        expectedTimeline(zhou).marks,
      );
      await page.keyboard.press('Escape');
      assert.equal(await dialog.isVisible(), false, 'Escape closes the dialog');
      assert.equal(
        await page.evaluate(() => document.activeElement?.textContent),
        'Share / embed',
        'focus returns to the button',
      );
    },
  );

  await check(
    'embed: in a chart scaled to fill 1920×1080, the hover guide sits under the pointer',
    async (page) => {
      await page.goto(`${url}#/embed?v=1&view=case&case=${zhou.id}`);
      await page.locator('.timeline__svg').waitFor();
      const svg = page.locator('.timeline__svg');
      const drawn = await svg.evaluate((el) => el.getBoundingClientRect().width / el.clientWidth);
      assert.ok(Math.abs(drawn - 1) > 0.05, `the embed is scaled (factor ${drawn.toFixed(2)})`);
      const mark = (await page.locator('[data-mark="cart"] .glyph__shape').first().boundingBox())!;
      const x = mark.x + mark.width / 2;
      await page.mouse.move(x, mark.y + mark.height / 2);
      // A vertical line has no width, so Playwright calls it hidden: read its box directly.
      const line = page.locator('.hover-guide__line').first();
      await line.waitFor({ state: 'attached' });
      const guideX = await line.evaluate((el) => el.getBoundingClientRect().x);
      assert.ok(
        Math.abs(guideX - x) < 2,
        `guide at ${guideX.toFixed(1)}, pointer at ${x.toFixed(1)}`,
      );
    },
    SIZES[SIZES.length - 1],
  );

  await themePickerCheck({ check, url, cases, caseById });
  await presentChecks({ check, url, cases, caseById });
}

/** The Present button and the presentation route: a full-screen slide, keys to step and leave. */
export async function presentChecks({
  check,
  url,
  cases,
  caseById,
}: TimelineContext): Promise<void> {
  const hash = (page: Page) => page.evaluate(() => decodeURIComponent(window.location.hash));
  await check(
    'present: the cohort page’s Present button shows the cohort as a slide (text ≥ 24 px at 1920×1080, axe clean, no case file read); Escape returns',
    async (page) => {
      const caseReads: string[] = [];
      page.on('request', (r) => {
        if (r.url().startsWith(`${url}data/cases/`)) caseReads.push(r.url());
      });
      await page.goto(`${url}#/cohort`);
      await page.locator('.swimmer-row').first().waitFor();
      await page.getByRole('button', { name: 'Present' }).click();
      await page.locator('.present .swimmer-row').first().waitFor();
      await settled(page);
      assert.match(await hash(page), /^#\/present\?.*view=cohort.*preset=slide/);
      assert.equal(await page.locator('.site-header').count(), 0, 'no app chrome');
      const small = await smallestText(page, '.embed__picture');
      console.log(`    cohort presentation: smallest text ${small?.px} px (“${small?.text}”)`);
      assert.ok(small && small.px >= 24, `smallest text ${small?.px} px (“${small?.text}”)`);
      assert.deepEqual(await axeProblems(page), []);
      assert.deepEqual(caseReads, [], 'the slide draws from the summary too');
      await page.keyboard.press('Escape');
      await page.locator('article.cohort h1').waitFor();
      assert.match(await hash(page), /^#\/cohort/);
    },
    { width: 1920, height: 1080 },
  );

  await check(
    'present: a comparison fits the screen with one row of legend; → shows the full legend (text ≥ 24 px, fits), ← the charts',
    async (page) => {
      const [a, b] = [caseById('zhou').id, caseById('marina').id];
      await page.goto(`${url}#/present?v=1&view=compare&a=${a}&b=${b}&static=1&preset=slide`);
      await page.locator('.present .slide-pane + .slide-pane .timeline__svg').waitFor();
      await settled(page);
      const fits = () =>
        page.evaluate(() => {
          const pic = document.querySelector<HTMLElement>('.embed__picture')!;
          return { h: pic.scrollHeight, room: pic.clientHeight };
        });
      const charts = await fits();
      assert.ok(charts.h <= charts.room + 1, `charts fit (${charts.h} in ${charts.room})`);
      const row = await page.locator('.present .legend [data-legend-key]').count();
      assert.equal(await page.locator('.present .legend__item--more').count(), 1, '“+N more”');
      await page.keyboard.press('ArrowRight');
      await page.locator('.present .slide-compare--legend').waitFor();
      assert.equal(await page.locator('.present .slide-pane').count(), 0, 'no charts');
      assert.equal(await page.locator('.present .legend__item--more').count(), 0);
      const all = await page.locator('.present .legend [data-legend-key]').count();
      assert.ok(all > row, `the full legend (${all} entries, ${row} on the charts' slide)`);
      const legend = await fits();
      assert.ok(legend.h <= legend.room + 1, `legend fits (${legend.h} in ${legend.room})`);
      const small = await smallestText(page, '.embed__picture');
      console.log(`    comparison legend step: ${all} entries, smallest text ${small?.px} px`);
      assert.ok(small && small.px >= 24, `smallest text ${small?.px} px (“${small?.text}”)`);
      await page.keyboard.press('ArrowLeft');
      await page.locator('.present .slide-pane + .slide-pane .timeline__svg').waitFor();
    },
    { width: 1920, height: 1080 },
  );

  const ids = [...cases.keys()];
  const zhou = caseById('zhou').id;
  const at = ids.indexOf(zhou);
  const next = ids[(at + 1) % ids.length]!;
  await check(
    `present: → steps from ${zhou} to the library's next case (${next}), ← back, the buttons too; Escape returns to the case page`,
    async (page) => {
      await page.goto(`${url}#/present?v=1&view=case&case=${zhou}&static=1&preset=slide`);
      await page.locator('.present .timeline__svg').waitFor();
      const shown = () => page.locator('.present .embed__title').innerText();
      assert.equal(await shown(), caseById('zhou').title);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (id) => window.location.hash.includes(`case=${encodeURIComponent(id)}`),
        next,
      );
      await page.locator('.present .timeline__svg').waitFor();
      assert.equal(await shown(), cases.get(next)!.title);
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(
        (id) => window.location.hash.includes(`case=${encodeURIComponent(id)}`),
        zhou,
      );
      await page.getByRole('button', { name: 'Next case' }).click();
      await page.waitForFunction(
        (id) => window.location.hash.includes(`case=${encodeURIComponent(id)}`),
        next,
      );
      await page.getByRole('button', { name: 'Previous case' }).click();
      await page.waitForFunction(
        (id) => window.location.hash.includes(`case=${encodeURIComponent(id)}`),
        zhou,
      );
      await page.keyboard.press('Escape');
      await page.locator('article.case h1').waitFor();
      assert.equal(await hash(page), `#/case/${zhou}`);
    },
    { width: 1920, height: 1080 },
  );
}

/** The app's theme picker: the choice applies at once and survives a reload. */
export async function themePickerCheck({ check, url }: TimelineContext): Promise<void> {
  await check(
    'theme: with no choice stored, the chart follows a dark system setting, and a light pick wins',
    async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${url}#/case/003-zhou`);
      await page.locator('.timeline__svg').waitFor();
      const crs = () =>
        page
          .locator('.timeline.tl-theme, .tl-theme')
          .first()
          .evaluate((el) =>
            getComputedStyle(el).getPropertyValue('--tox-crs').trim().toLowerCase(),
          );
      assert.equal(await crs(), PALETTE['tox-crs']!.dark.toLowerCase(), 'dark palette');
      await page.getByLabel('Theme').selectOption('light');
      assert.equal(await crs(), PALETTE['tox-crs']!.light.toLowerCase(), 'light palette');
    },
  );

  await check(
    'theme: the header picker switches to dark and the choice survives a reload',
    async (page) => {
      await page.goto(`${url}#/`);
      await page.locator('#root .card-grid').waitFor();
      const bg = () =>
        page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const light = await bg();
      await page.getByLabel('Theme').selectOption('dark');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      assert.notEqual(await bg(), light, 'the page turns dark');
      await page.reload();
      await page.locator('#root .card-grid').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      assert.equal(await page.getByLabel('Theme').inputValue(), 'dark');
    },
  );
}
