// A real slide tool: a reveal.js deck, served from another origin, with the embed in an iframe on
// a slide. The check finds the drawn marks inside the frame once the slide is shown.
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedTimeline } from './expected.ts';
import { serveStatic } from './server.ts';
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

// Initialised from a file of its own, as a deck with a strict policy would do it.
const DECK_JS = `window.deckReady = Reveal.initialize({ hash: false, width: 960, height: 700 });\n`;

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
  } finally {
    await deck.close();
    await rm(root, { recursive: true, force: true });
  }
}
