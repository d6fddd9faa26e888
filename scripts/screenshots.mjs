/* global console, window */
// Takes the README screenshots from the built app (run `npm run build` first):
// docs/screenshots/landing.png and docs/screenshots/case-zhou.png at 1280×720.
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/server.ts';

const shots = [
  { file: 'docs/screenshots/landing.png', hash: '#/', ready: '.card-grid' },
  // Scrolled to the relapse and CAR-T rows: day offsets, CRS grade, ICANS not observed.
  {
    file: 'docs/screenshots/case-zhou.png',
    hash: '#/case/003-zhou',
    ready: 'article.case h1',
    scrollTo: '[data-event-id="relapse"]',
  },
];

const server = await serveStatic('dist', '/caselines/');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  for (const shot of shots) {
    await page.goto(server.url + shot.hash);
    await page.locator(shot.ready).waitFor();
    if (shot.scrollTo) {
      await page
        .locator(shot.scrollTo)
        .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 16));
    }
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
