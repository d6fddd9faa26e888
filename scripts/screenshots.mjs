/* global console, window */
// Takes the README screenshots from the built app (run `npm run build` first), at 1280×720 unless
// a shot says otherwise: the library, Zhou's event list, and the timeline of every shipped case as
// its page opens (default view, plus Grandma Sun in calendar time with its axis breaks), a
// comparison, the cohort plot; Zhou's page at 1920×1080, a slide at 1920×1080 and a phone.
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/server.ts';

const index = JSON.parse(await readFile('public/data/index.json', 'utf8'));

// The case page as it opens: title, toolbar and every lane on the first screen.
const timeline = (id, query = '', suffix = '') => ({
  file: `docs/screenshots/timeline-${id}${suffix}.png`,
  hash: `#/case/${id}${query ? `?${query}` : ''}`,
  ready: '.timeline__svg',
});

const shots = [
  { file: 'docs/screenshots/landing.png', hash: '#/', ready: '.card-grid' },
  // Scrolled to the relapse and CAR-T rows: day offsets, CRS grade, ICANS not observed.
  {
    file: 'docs/screenshots/case-zhou.png',
    hash: '#/case/003-zhou',
    ready: 'article.case h1',
    scrollTo: '[data-event-id="relapse"]',
  },
  ...index.cases.map((c) => timeline(c.id)),
  timeline('001-grandma-sun', 'v=1&frame=cal', '-calendar'),
  // Zhou over Marina, aligned on each first infusion, scrolled to the comparison settings.
  {
    file: 'docs/screenshots/compare-zhou-marina.png',
    hash: '#/compare?v=1&a=003-zhou&b=000-marina',
    ready: '.compare-pane .timeline__svg',
    scrollTo: '.compare-picker',
  },
  { file: 'docs/screenshots/cohort.png', hash: '#/cohort', ready: '.swimmer__rows' },
  {
    file: 'docs/screenshots/timeline-003-zhou-1920.png',
    hash: '#/case/003-zhou',
    ready: '.timeline__svg',
    viewport: { width: 1920, height: 1080 },
  },
  // The slide layout: what a 1080p projector shows of Marina's embed with the slide preset.
  {
    file: 'docs/screenshots/slide-000-marina.png',
    hash: '#/embed?v=1&view=case&case=000-marina&preset=slide',
    ready: '.timeline__svg',
    viewport: { width: 1920, height: 1080 },
  },
  // A phone: titles above their lanes, scrolled to the chart.
  {
    file: 'docs/screenshots/phone-003-zhou.png',
    hash: '#/case/003-zhou',
    ready: '.timeline__svg',
    scrollTo: '.timeline',
    viewport: { width: 390, height: 844 },
  },
  // The editor on a copy of Zhou, at the time builder of "CR within 1 month", beside the preview.
  {
    file: 'docs/screenshots/editor-1280.png',
    hash: '#/case/003-zhou',
    ready: 'article.case h1',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await page.locator('.ed-preview svg [data-mark]').first().waitFor();
      const item = page.locator('details.ed-item[data-path="events[9]"]');
      await item.evaluate((el) => (el.open = true));
      await page
        .locator('[id="field:events[9].time"]')
        .evaluate((el) =>
          window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120),
        );
    },
  },
];

const server = await serveStatic('dist', '/caselines/');
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport ?? { width: 1280, height: 720 } });
    await page.goto(server.url + shot.hash);
    await page.locator(shot.ready).first().waitFor();
    if (shot.prepare) await shot.prepare(page);
    if (shot.scrollTo) {
      await page
        .locator(shot.scrollTo)
        .first()
        .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 12));
    }
    await page.screenshot({ path: shot.file });
    await page.close();
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
