// Browser checks of "Open your own case": picker, drop and paste through the built app, the
// malformed corpus shown as problems, hostile text shown as text, and the library unharmed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { liveOpener, openLiveLanding } from './landing.ts';
import { axeProblems, type TimelineContext } from './timeline.ts';

const MALFORMED = 'tests/fixtures/malformed';
const VALID = readFileSync('tests/fixtures/valid/minimal-case.json', 'utf8');
const HOSTILE = readFileSync(join(MALFORMED, 'html-in-every-text-field.json'), 'utf8');
const FORMAT_11 = readFileSync('tests/fixtures/valid/fixture-format-1-1.json', 'utf8');
const KEY = 'caselines:own-cases:v1';

/** The landing page with its opener, and a trap that records any script the data manages to run. */
async function openLanding(page: Page, url: string) {
  await page.addInitScript(() => {
    window.alert = () => ((window as unknown as { __pwned: number }).__pwned = 1);
  });
  await openLiveLanding(page, url);
}

const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

const picker = (page: Page) => liveOpener(page).getByLabel('Choose a case file (.json)');

/** Every "Open your own case" check, run through the runner's `check`. */
export async function openCaseChecks({ check, url }: TimelineContext): Promise<void> {
  // The id-vs-file-name corpus file is only a warning, and only from the command line: it opens.
  const broken = readdirSync(MALFORMED).filter(
    (f) => !f.startsWith('html-') && f !== 'case-id-not-file-name.json',
  );

  await check(
    `picking the ${broken.length} malformed files lists each one's problems; the library keeps working`,
    async (page) => {
      await openLanding(page, url);
      const cards = await page.locator('.card:not(.card--error)').count();
      await picker(page).setInputFiles(
        broken.map((name) => ({
          name,
          mimeType: 'application/json',
          buffer: readFileSync(join(MALFORMED, name)),
        })),
      );
      const results = page.locator('.open-result--error');
      await page.waitForFunction(
        (n) => document.querySelectorAll('.open-result').length === n,
        broken.length,
      );
      assert.equal(await results.count(), broken.length, 'one refusal per file');
      for (let i = 0; i < broken.length; i++) {
        const r = results.nth(i);
        const name = await r.getAttribute('data-open-file');
        assert.ok((await r.locator('.problem').count()) > 0, `${name}: problems listed`);
        assert.match(
          await r.locator('.problem__where').first().innerText(),
          new RegExp(`^${name!.replace(/\./g, '\\.')}:\\d+:\\d+$`),
          `${name}: file, line and column`,
        );
      }
      assert.equal(await page.locator('.opened__item').count(), 0, 'no broken file was added');
      assert.equal(await page.locator('.card:not(.card--error)').count(), cards);
      await page.locator('.card .card__link').first().click();
      await page.locator('.timeline__svg').waitFor();
      assert.equal(await pwned(page), null);
    },
  );

  await check(
    'a 10 MB file is refused with the size limit, without freezing the page',
    async (page) => {
      await openLanding(page, url);
      await picker(page).setInputFiles({
        name: 'huge.json',
        mimeType: 'application/json',
        buffer: Buffer.alloc(10 * 1024 * 1024, 0x20),
      });
      const alert = page.locator('.open-result--error');
      await alert.waitFor();
      assert.match(await alert.innerText(), /at most 8 MB, found a file of 10(\.0)? MB/);
    },
  );

  await check(
    'pasted JSON opens straight to its full timeline, marked as the reader’s own file',
    async (page) => {
      await openLanding(page, url);
      await liveOpener(page).getByLabel('Or paste the JSON of a case').fill(VALID);
      await page.getByRole('button', { name: 'Open pasted text' }).click();
      // No "Opened …" link to find: the case page replaces the library.
      await page.locator('.timeline__svg').waitFor();
      assert.equal(new URL(page.url()).hash.split('?')[0], '#/case/own%3Afixture-minimal');
      assert.match(await page.locator('.case__own').innerText(), /Your own file, pasted text/);
      assert.ok((await page.locator('.timeline__svg [data-mark]').count()) > 0, 'marks drawn');
    },
  );

  await check(
    'a dropped file opens its timeline; "Forget" on the library removes it',
    async (page) => {
      await openLanding(page, url);
      await page.locator('[data-testid="case-drop"]').evaluate((zone, text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        for (const type of ['dragover', 'drop'])
          zone.dispatchEvent(
            new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
          );
      }, VALID);
      await page.locator('.timeline__svg').waitFor();
      assert.equal(new URL(page.url()).hash.split('?')[0], '#/case/own%3Afixture-minimal');
      await page.goto(`${url}#/`);
      const item = page.locator('.opened__item');
      await item.waitFor();
      assert.match(await item.innerText(), /your file: dropped\.json/);
      await item.getByRole('button', { name: /^Forget / }).click();
      assert.equal(await page.locator('.opened__item').count(), 0);
    },
  );

  await check('HTML and script in every text field show as text and never run', async (page) => {
    await openLanding(page, url);
    await picker(page).setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(HOSTILE),
    });
    await page.locator('.timeline__svg').waitFor();
    // Its warnings travel with it to the case page.
    assert.ok(
      (await page.locator('.case__section--warnings .problem').count()) > 0,
      'warnings listed',
    );
    assert.ok((await page.locator('h1').innerText()).includes('<script>window.__pwned=1</script>'));
    assert.equal(
      await page.locator('main script, main img[src="x"]').count(),
      0,
      'no markup made it into the page',
    );
    await page.locator('.timeline__svg [data-mark]').first().click();
    await page.waitForTimeout(100);
    assert.equal(await pwned(page), null, 'no script ran');
  });

  await check(
    'kept files come back after a reload; damaged storage gives a note, not a crash',
    async (page) => {
      await openLanding(page, url);
      await page.getByRole('checkbox', { name: /Keep my files in this browser/ }).check();
      await liveOpener(page).getByLabel('Or paste the JSON of a case').fill(VALID);
      await page.getByRole('button', { name: 'Open pasted text' }).click();
      await page.locator('.timeline__svg').waitFor();
      // The own case's link works after a reload in the browser that keeps it.
      await page.reload();
      await page.locator('.timeline__svg').waitFor();
      await page.goto(`${url}#/`);
      // Let the library finish loading: a reload mid-fetch aborts requests, which the runner counts.
      await page.locator('.card-grid').waitFor();
      await page.locator('.opened__item').waitFor();
      assert.equal(await page.locator('.opened__item').count(), 1);
      await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"files":[{"name":'), KEY);
      await page.reload();
      await page.locator('.opened__note').waitFor();
      assert.match(await page.locator('.opened__note').innerText(), /could not be read/);
      assert.equal(await page.locator('.opened__item').count(), 0);
      await page.locator('.card-grid').waitFor();
      assert.ok((await page.locator('.card').count()) > 0, 'the library still shows');
    },
  );

  await check(
    'a format 1.1 file draws its course maximum, new kinds, explicit lane and above-limit value',
    async (page) => {
      await openLanding(page, url);
      await liveOpener(page).getByLabel('Or paste the JSON of a case').fill(FORMAT_11);
      await page.getByRole('button', { name: 'Open pasted text' }).click();
      await page.locator('.timeline__svg').waitFor();
      const mark = (key: string) => page.locator(`.timeline__svg [data-mark="${key}"]`);
      const lanes = await Promise.all(
        ['aph', 'ld', 'icu', 'vent', 'lp'].map((k) => mark(k).getAttribute('data-lane')),
      );
      // "Lumbar puncture" would be guessed into the disease course; its "lane" says response.
      assert.deepEqual(lanes, ['cellular', 'therapy', 'therapy', 'therapy', 'response']);
      // The glyph carries the highest grade of the course; the label follows it.
      assert.equal((await mark('crs').locator('text').allTextContents())[0], '3');
      const il6 = (await mark('il6[1]').getAttribute('aria-label')) ?? '';
      assert.match(il6, /> 5,000 pg\/mL \(above the upper limit\)/);
      await mark('crs').click();
      const details = page.locator('.detail');
      await details.waitFor();
      assert.match(
        await details.innerText(),
        /ASTCT grade 2: day 1 after CD19 CAR-T infusion; then ASTCT grade 3: day 3 after/,
      );
    },
  );

  await check(
    'an own case link in a browser without the file says where it lives and opens the file',
    async (page) => {
      await page.goto(`${url}#/case/own%3Afixture-minimal`);
      const here = page.locator('.own-elsewhere');
      await here.waitFor();
      assert.equal(await page.locator('h1').innerText(), 'This case is in another browser');
      assert.match(await here.innerText(), /lives only in the browser that opened it/);
      assert.doesNotMatch(await page.locator('main').innerText(), /The library has no case/);
      assert.deepEqual(await axeProblems(page), []);
      await picker(page).setInputFiles({
        name: 'mine.json',
        mimeType: 'application/json',
        buffer: Buffer.from(VALID),
      });
      await page.locator('.timeline__svg').waitFor();
      assert.match(await page.locator('.case__own').innerText(), /Your own file, mine\.json/);
      assert.ok((await page.locator('.timeline__svg [data-mark]').count()) > 0, 'marks drawn');
    },
  );

  await check(
    'a tampered link opens the default view with a notice that can be dismissed',
    async (page) => {
      await page.goto(`${url}#/`);
      const id = await page.locator('.card').first().getAttribute('data-case-id');
      await page.goto(`${url}#/case/${id}?v=1&frame=rel:nobody&from=x&to=1&sel=%3Cb%3E`);
      const notice = page.locator('.url-notice');
      await notice.waitFor();
      assert.match(await notice.innerText(), /frame.*from.*to.*sel/s);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      assert.equal(await page.locator('.url-notice').count(), 0);
      assert.ok((await page.locator('.timeline__svg [data-mark]').count()) > 0);
    },
  );

  await check('the landing page with the opener has no serious axe-core finding', async (page) => {
    await openLanding(page, url);
    await picker(page).setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ nope'),
    });
    await page.locator('.open-result--error').waitFor();
    assert.deepEqual(await axeProblems(page), []);
  });
}
