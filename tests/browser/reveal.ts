// A real slide tool: a reveal.js deck, served from another origin, with the embed in an iframe on
// a slide. The check finds the drawn marks inside the frame once the slide is shown.
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expectedTimeline } from './expected.ts';
import { serveStatic } from './server.ts';
import { smallestText } from './textSize.ts';
import type { TimelineContext } from './timeline.ts';

const REVEAL = 'node_modules/reveal.js/dist';

/** The deck: a title slide, then a slide holding the embed (lazy-loaded by reveal via data-src). */
function deckHtml(embedSrc: string, title: string): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Caselines in reveal.js</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="reveal.css">
<link rel="stylesheet" href="white.css">
</head>
<body>
<div class="reveal"><div class="slides">
  <section><h2>Case timeline</h2></section>
  <section>
    <iframe data-src="${attr(embedSrc)}" title="${attr(title)}" width="960" height="540" style="border:0"></iframe>
  </section>
</div></div>
<script src="reveal.js"></script>
<script src="deck.js"></script>
</body>
</html>
`;
}

// Initialised from a file of its own, as a deck with a strict policy would do it. A 16:9 deck
// without margins: the embed is the whole slide, as a chart slide is projected.
const DECK_JS = `window.deckReady = Reveal.initialize({ hash: false, width: 960, height: 540, margin: 0 });\n`;

/** The slide decks of the text-size checks: one per kind of embed. */
const SLIDE_DECKS = [
  {
    file: 'case.html',
    what: 'case',
    query: (ids: Ids) => `view=case&case=${ids.zhou}`,
    ready: '.timeline__svg [data-mark]',
  },
  {
    file: 'compare.html',
    what: 'comparison',
    query: (ids: Ids) => `view=compare&a=${ids.zhou}&b=${ids.marina}`,
    ready: '.slide-pane + .slide-pane .timeline__svg [data-mark]',
  },
  { file: 'cohort.html', what: 'cohort', query: () => 'view=cohort', ready: '.swimmer-row' },
] as const;
type Ids = { zhou: string; marina: string };

/** Window sizes of the projector checks and the least text size each must show on screen. */
const ROOMS = [
  { width: 1920, height: 1080, least: 24 },
  { width: 960, height: 540, least: 12 },
] as const;

/** Shows the deck's second slide and returns the embed's frame once `ready` is drawn in it. */
async function showEmbedSlide(page: Page, deckUrl: string, ready: string): Promise<Frame> {
  await page.goto(deckUrl);
  await page.waitForFunction(() => {
    const w = window as unknown as { Reveal?: { isReady?: () => boolean } };
    return w.Reveal?.isReady?.() === true;
  });
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('iframe')?.getAttribute('src'));
  const handle = await page.locator('iframe').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.locator(ready).first().waitFor();
  // Let layout settle (fonts, resize observers) and the slide transition end: the picture keeps
  // its size over two frames.
  let last = '';
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(150);
    const now = await frame.evaluate(() => {
      const pic = document.querySelector('.embed__picture');
      return pic ? `${pic.scrollWidth}×${pic.scrollHeight}` : '';
    });
    if (now === last && now) break;
    last = now;
  }
  await page.waitForTimeout(600);
  return frame;
}

/** Everything the slide frame says, SVG text included, for the hint checks. */
const frameText = (frame: Frame) =>
  frame.evaluate(() => {
    const pic = document.querySelector('.embed__picture');
    const texts = [...(pic?.querySelectorAll('text, tspan') ?? [])].map((t) => t.textContent);
    return `${(pic as HTMLElement | null)?.innerText ?? ''}\n${texts.join('\n')}`;
  });

/** The reveal.js check, run through the runner's `check`. */
export async function revealChecks({ check, url, caseById }: TimelineContext): Promise<void> {
  const zhou = caseById('zhou');
  const root = await mkdtemp(join(tmpdir(), 'caselines-reveal-'));
  await copyFile(join(REVEAL, 'reveal.js'), join(root, 'reveal.js'));
  await copyFile(join(REVEAL, 'reveal.css'), join(root, 'reveal.css'));
  await copyFile(join(REVEAL, 'theme/white.css'), join(root, 'white.css'));
  await writeFile(join(root, 'deck.js'), DECK_JS);
  const embedSrc = `${url}#/embed?v=1&view=case&case=${encodeURIComponent(zhou.id)}&preset=slide`;
  await writeFile(
    join(root, 'index.html'),
    deckHtml(embedSrc, `Caselines timeline: ${zhou.title}`),
  );
  const ids: Ids = { zhou: zhou.id, marina: caseById('marina').id };
  for (const d of SLIDE_DECKS)
    await writeFile(
      join(root, d.file),
      deckHtml(`${url}#/embed?v=1&${d.query(ids)}&preset=slide`, `Caselines ${d.what}`),
    );
  // Another port is another origin: the deck frames the app as a slide tool on its own host would.
  const deck = await serveStatic(root, '/deck/');
  try {
    await check(
      `reveal.js: a deck with the embed on its second slide draws Zhou's ${expectedTimeline(zhou).marks} marks in the frame`,
      async (page) => {
        await page.goto(deck.url);
        await page.waitForFunction(() => {
          const w = window as unknown as { Reveal?: { isReady?: () => boolean } };
          return w.Reveal?.isReady?.() === true;
        });
        // Reveal only loads a data-src frame when its slide is shown.
        assert.equal(
          await page.locator('iframe').getAttribute('src'),
          null,
          'lazy before the slide',
        );
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(() => document.querySelector('iframe')?.getAttribute('src'));
        const frame = page.frameLocator('iframe');
        await frame.locator('.timeline__svg').waitFor();
        assert.equal(
          await frame.locator('.timeline__svg [data-mark]').count(),
          expectedTimeline(zhou).marks,
        );
        assert.equal(await frame.locator('.site-header').count(), 0, 'no app chrome in the slide');
        const box = (await page.locator('iframe').boundingBox())!;
        assert.ok(
          box.width > 300 && box.height > 150,
          `the frame is on screen (${box.width}×${box.height})`,
        );
      },
    );
    for (const d of SLIDE_DECKS)
      for (const room of ROOMS)
        await check(
          `reveal.js at ${room.width}×${room.height}: the ${d.what} slide's text is at least ${room.least} px on screen, with no ▾, no zoom hint and nothing outside the frame`,
          async (page) => {
            const frame = await showEmbedSlide(page, deck.url + d.file, d.ready);
            // The deck scales the slide (and the frame in it) to the window: what the room sees
            // is the frame's text size times that scale.
            const box = (await page.locator('iframe').boundingBox())!;
            const inner = await frame.evaluate(() => window.innerHeight);
            const scale = box.height / inner;
            const small = await smallestText(frame, '.embed__picture');
            assert.ok(small, 'the slide shows text');
            const onScreen = Math.round(small.px * scale * 10) / 10;
            const said = await frameText(frame);
            const fit = await frame.evaluate(() => {
              const pic = document.querySelector<HTMLElement>('.embed__picture')!;
              const doc = document.documentElement;
              return {
                picH: pic.scrollHeight,
                roomH: pic.clientHeight,
                picW: pic.scrollWidth,
                roomW: pic.clientWidth,
                scrolls: doc.scrollHeight > innerHeight || doc.scrollWidth > innerWidth,
                scale: getComputedStyle(pic).transform,
                // Every text the slide shows, HTML or SVG, whose box runs past the frame's.
                outside: (() => {
                  const frame = pic.getBoundingClientRect();
                  const texts = [...pic.querySelectorAll('*')].filter(
                    (el) =>
                      [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) &&
                      el.checkVisibility() &&
                      el.getBoundingClientRect().width > 1,
                  );
                  return texts
                    .filter((el) => {
                      const b = el.getBoundingClientRect();
                      return (
                        b.left < frame.left - 1 ||
                        b.right > frame.right + 1 ||
                        b.top < frame.top - 1 ||
                        b.bottom > frame.bottom + 1
                      );
                    })
                    .map((el) => el.textContent!.trim().slice(0, 40));
                })(),
              };
            });
            // Every number is printed before any assertion, so one run reports them all.
            console.log(
              `    ${d.what} ${room.width}×${room.height}: smallest text ${onScreen} px on screen (“${small.text}”, ${small.px} px in a ${Math.round(box.width)}×${Math.round(box.height)} frame); content ${fit.picW}×${fit.picH} in ${fit.roomW}×${fit.roomH}, ${fit.outside.length} texts outside; ▾ ${said.includes('▾')}, Zoom: ${said.includes('Zoom:')}`,
            );
            assert.ok(
              onScreen >= room.least - 0.05,
              `smallest text ${onScreen} px (“${small.text}”)`,
            );
            assert.ok(!said.includes('▾'), 'no collapse chevrons on a slide');
            assert.ok(!/Zoom:/.test(said), 'no zoom hint on a slide');
            assert.equal(fit.scale, 'none', 'a slide is laid out at its size, not scaled');
            assert.equal(fit.scrolls, false, 'the frame does not scroll');
            assert.ok(
              fit.picW <= fit.roomW + 1,
              `nothing runs off the side (${fit.picW} in ${fit.roomW})`,
            );
            // Case, comparison and cohort fit the frame whole: charts, callouts, legend and all.
            assert.ok(
              fit.picH <= fit.roomH + 1,
              `the slide's content fits the frame (${fit.picW}×${fit.picH} in ${fit.roomW}×${fit.roomH})`,
            );
            assert.deepEqual(fit.outside, [], 'every text box inside the frame');
          },
          { width: room.width, height: room.height },
        );
  } finally {
    await deck.close();
    await rm(root, { recursive: true, force: true });
  }
}
