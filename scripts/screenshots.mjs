/* global console, window */
// Takes the README screenshots from the built app (run `npm run build` first), at 1280×720:
// the library, Zhou's event list, and the timeline of every shipped case (default view, plus
// Grandma Sun in calendar time with its axis breaks), a comparison and the cohort plot.
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/server.ts';

const index = JSON.parse(await readFile('public/data/index.json', 'utf8'));

// Scrolled so the controls sit at the top: the chart, its overview and the key hints fill the frame.
const timeline = (id, query = '', suffix = '') => ({
  file: `docs/screenshots/timeline-${id}${suffix}.png`,
  hash: `#/case/${id}${query ? `?${query}` : ''}`,
  ready: '.timeline__svg',
  scrollTo: '.timeline-controls',
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
];

const server = await serveStatic('dist', '/caselines/');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  for (const shot of shots) {
    await page.goto(server.url + shot.hash);
    await page.locator(shot.ready).first().waitFor();
    if (shot.scrollTo) {
      await page
        .locator(shot.scrollTo)
        .first()
        .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 12));
    }
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
