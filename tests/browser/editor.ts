// Browser checks of the curator's editor: a case built from scratch with the preview following each
// step, kept over a reload and downloaded as a file the validator accepts; a copy of a shipped case
// edited in one place downloads as that one change; keyboard undo and axe on the filled editor.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { axeProblems, type TimelineContext } from './timeline.ts';

const run = promisify(execFile);

/** The form control for a validator path (the editor's field ids are "field:" + path). */
const field = (page: Page, path: string) => page.locator(`[id="field:${path}"]`);

/**
 * How many marks the preview's chart draws, once the draft has no errors and it has at least
 * `atLeast`; fails if the preview shows that it could not draw the draft.
 */
async function previewMarks(page: Page, atLeast: number, step: string): Promise<number> {
  const preview = page.locator('.ed-preview[data-current="true"]');
  const failed = preview.locator('[data-render-error]');
  await preview.locator('svg.timeline__svg').or(failed).first().waitFor();
  const marks = page.locator('.ed-preview svg [data-mark]');
  try {
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ed-preview svg [data-mark]').length >= n,
      atLeast,
      { timeout: 15_000 },
    );
  } catch {
    const keys = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-mark')));
    assert.fail(
      `after ${step}, the preview should draw ${atLeast}+ marks; it draws ${keys.join(', ') || 'none'}`,
    );
  }
  assert.deepEqual(await failed.allInnerTexts(), [], `after ${step}, the preview shows an error`);
  return marks.count();
}

/** Waits until the validator reports no problems, failing with the problems it shows. */
async function noProblems(page: Page): Promise<void> {
  try {
    await page
      .getByText('No problems: this file passes the validator.')
      .waitFor({ timeout: 15_000 });
  } catch {
    assert.fail(`the editor shows problems:\n${await page.locator('.ed-problems').innerText()}`);
  }
}

/** Adds an event of `kind` at index `i` and fills what every event needs. */
async function addEvent(page: Page, i: number, kind: string, label: string) {
  await field(page, 'events').locator('select').last().selectOption(kind);
  await page.getByRole('button', { name: `Add ${kind}`, exact: true }).click();
  await field(page, `events[${i}].label`).fill(label);
  await field(page, `events[${i}].provenance.source`).selectOption('source-1');
  await field(page, `events[${i}].provenance.locator`).fill('Case presentation');
}

/** Sets a time built as an offset of `days` days from the infusion. */
async function dayAfterInfusion(page: Page, path: string, days: number, words: string) {
  await field(page, `${path}.kind`).selectOption('offset');
  await field(page, `${path}.amount`).fill(String(days));
  await field(page, `${path}.from`).selectOption('car-t-infusion-1');
  await field(page, `${path}.asStated`).fill(words);
}

/** Downloads the draft through its button and returns the file's name and text. */
async function download(page: Page): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Every editor check, run through the runner's `check`. */
export async function editorChecks({ check, url }: TimelineContext): Promise<void> {
  await check(
    'editor: a case built from scratch previews each step, survives a reload, downloads valid',
    async (page) => {
      await page.goto(`${url}#/`);
      await page.getByRole('link', { name: 'New case' }).click();
      await page.waitForURL(/#\/edit\?draft=/);
      await page.locator('.editor h1').waitFor();

      await field(page, 'id').fill('editor-test');
      await field(page, 'title').fill('Editor test: B-ALL with CRS after CD19 CAR-T');
      await field(page, 'summary').fill('A case typed into the editor by the browser test.');
      await page.getByRole('button', { name: 'Add source', exact: true }).click();
      await field(page, 'sources[0].type').selectOption('journal-article');
      await field(page, 'sources[0].title').fill('A case report');
      await field(page, 'sources[0].url').fill('https://example.org/a-case-report');
      await field(page, 'patient.disease.name').fill('B-cell acute lymphoblastic leukaemia');
      await field(page, 'patient.disease.provenance.source').selectOption('source-1');
      await field(page, 'patient.disease.provenance.locator').fill('Abstract');

      // 0. No events yet, so no errors (a warning asks for events): the preview draws an empty
      // chart. A slow machine met this version by chance (the check runs whenever typing
      // pauses); here it always does, and the diagnosis after it must still show.
      await page.locator('.ed-problems__count').getByText('0 errors, 1 warning.').waitFor();
      assert.match(await page.locator('.ed-problems').innerText(), /at least one event/);
      assert.equal(await previewMarks(page, 0, 'the case with no events'), 0);

      // 1. A diagnosis in a year.
      await addEvent(page, 0, 'diagnosis', 'B-ALL diagnosed');
      await field(page, 'events[0].time.kind').selectOption('year');
      await field(page, 'events[0].time.year').fill('2019');
      await noProblems(page);
      const afterDx = await previewMarks(page, 1, 'the diagnosis');

      // 2. A product and its infusion on a day.
      await page.getByRole('button', { name: 'Add product', exact: true }).click();
      await field(page, 'products[0].label').fill('CD19 CAR-T');
      await addEvent(page, 1, 'car-t-infusion', 'CD19 CAR-T infusion');
      await field(page, 'events[1].product').selectOption('product-1');
      await field(page, 'events[1].time.kind').selectOption('date');
      await field(page, 'events[1].time.date').fill('2020-03-02');
      await noProblems(page);
      const afterInfusion = await previewMarks(page, afterDx + 1, 'the infusion');

      // 3. Tocilizumab, and a CRS whose grade goes 2 → 3, treated by it.
      await addEvent(page, 2, 'therapy', 'Tocilizumab');
      await field(page, 'events[2].category').selectOption('anti-cytokine');
      await dayAfterInfusion(page, 'events[2].time', 3, 'on day 3');
      await addEvent(page, 3, 'toxicity', 'CRS');
      await field(page, 'events[3].toxicity').selectOption('CRS');
      await field(page, 'events[3].occurred').selectOption('yes');
      await dayAfterInfusion(page, 'events[3].time', 1, 'day 1');
      await field(page, 'events[3]').getByRole('button', { name: 'Add grade course' }).click();
      for (const [k, grade, day] of [
        [0, 2, 1],
        [1, 3, 3],
      ] as const) {
        await field(page, 'events[3].gradeCourse')
          .getByRole('button', { name: 'Add grade course' })
          .click();
        const step = `events[3].gradeCourse[${k}]`;
        await field(page, `${step}.grade.scale`).selectOption('ASTCT');
        await field(page, `${step}.grade.value`).fill(String(grade));
        await dayAfterInfusion(page, `${step}.time`, day, `grade ${grade} on day ${day}`);
        await field(page, `${step}.provenance.source`).selectOption('source-1');
        await field(page, `${step}.provenance.locator`).fill('Case presentation');
      }
      await field(page, 'events[3]').getByRole('button', { name: 'Add treated by' }).click();
      await field(page, 'events[3].treatedBy').selectOption(['therapy-1']);
      await noProblems(page);
      const afterCrs = await previewMarks(page, afterInfusion + 1, 'the CRS and tocilizumab');

      // 4. An ICANS.
      await addEvent(page, 4, 'toxicity', 'ICANS');
      await field(page, 'events[4].toxicity').selectOption('ICANS');
      await field(page, 'events[4].occurred').selectOption('yes');
      await dayAfterInfusion(page, 'events[4].time', 5, 'day 5');
      await field(page, 'events[4]')
        .getByRole('button', { name: 'Add grade', exact: true })
        .click();
      await field(page, 'events[4].grade.scale').selectOption('ASTCT');
      await field(page, 'events[4].grade.value').fill('2');
      await noProblems(page);
      const afterIcans = await previewMarks(page, afterCrs + 1, 'the ICANS');

      // 5. Three CAR copy-number points pasted as a column.
      await page.getByRole('button', { name: 'Add measurement', exact: true }).click();
      await field(page, 'measurements[0].quantity').selectOption('car-transgene');
      await field(page, 'measurements[0].label').fill('CAR copies');
      await field(page, 'measurements[0].unit').fill('copies/μg gDNA');
      await field(page, 'measurements[0].provenance.source').selectOption('source-1');
      await field(page, 'measurements[0].provenance.locator').fill('Figure 2');
      const paste = page.locator('.ed-paste');
      await paste.getByLabel('Days counted from').selectOption('car-t-infusion-1');
      await paste.getByLabel('Where in the source').fill('Figure 2');
      await paste.getByLabel('Day and value pairs').fill('1\t1200\n7, 350758\n28 900');
      await paste.getByRole('button', { name: 'Add pasted points' }).click();
      await paste.getByText('Added 3 points.').waitFor();
      await noProblems(page);
      const afterPoints = await previewMarks(page, afterIcans + 3, 'the pasted points');
      console.log(
        `    preview marks after each step: ${[afterDx, afterInfusion, afterCrs, afterIcans, afterPoints].join(' → ')}`,
      );
      const points = await page.locator('.ed-preview svg [data-mark^="series-1["]').count();
      assert.equal(points, 3, 'the preview draws the three pasted points');

      // The time builder shows the resolver's reading beside the source's words.
      const reading = await field(page, 'events[4].time').locator('.ed-time__reading').innerText();
      assert.match(reading, /day 5 after CD19 CAR-T infusion/);
      assert.match(reading, /"day 5"/);

      // Kept in this browser: a reload finds the draft as it was.
      const stored = await page.evaluate(() => localStorage.getItem('caselines:drafts:v1'));
      await page.reload();
      await page.locator('.editor h1').waitFor();
      assert.equal(
        await field(page, 'title').inputValue(),
        'Editor test: B-ALL with CRS after CD19 CAR-T',
      );
      assert.equal(await page.evaluate(() => localStorage.getItem('caselines:drafts:v1')), stored);
      assert.match(await page.locator('.ed-drafts').innerText(), /Editor test: B-ALL .* saved /);
      await noProblems(page);

      // The download passes `npm run validate` itself, run on the saved file.
      const file = await download(page);
      assert.equal(file.name, 'editor-test.json');
      const dir = await mkdtemp(join(tmpdir(), 'caselines-editor-'));
      await writeFile(join(dir, file.name), file.text);
      // Asynchronously: the other browser checks run on in this process meanwhile.
      const refusal = await run('npm', ['run', '--silent', 'validate', '--', join(dir, file.name)])
        .then(() => null)
        .catch((e: { stdout?: string; stderr?: string }) => `${e.stdout ?? ''}${e.stderr ?? ''}`)
        .finally(() => rm(dir, { recursive: true, force: true }));
      assert.equal(refusal, null, `npm run validate refused the download:\n${refusal}`);
      const c = JSON.parse(file.text) as {
        events: Array<{ gradeCourse?: Array<{ grade: { value: number } }> }>;
        measurements: Array<{ points: unknown[] }>;
      };
      assert.deepEqual(
        c.events[3]!.gradeCourse!.map((s) => s.grade.value),
        [2, 3],
      );
      assert.equal(c.measurements[0]!.points.length, 3);
      assert.deepEqual(await axeProblems(page), []);
    },
  );

  await check(
    'editor: "Edit a copy" of Zhou, one fact changed, downloads as that one change',
    async (page) => {
      await page.goto(`${url}#/case/003-zhou`);
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await page.waitForURL(/#\/edit\?draft=/);
      const years = field(page, 'patient.age.years');
      assert.equal(await years.inputValue(), '34');
      await years.fill('35');
      // Keyboard undo and redo act on the draft, not only on the input.
      await years.press('Control+z');
      assert.equal(await years.inputValue(), '34');
      await years.press('Control+Shift+z');
      assert.equal(await years.inputValue(), '35');
      // A problem's path is a button to its field.
      await field(page, 'title').fill('');
      const problem = page
        .locator('.ed-problems')
        .getByRole('button', { name: 'title', exact: true });
      await problem.click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'field:title');
      await field(page, 'title').press('Control+z');
      await noProblems(page);
      const shipped = await readFile('public/data/cases/003-zhou.json', 'utf8');
      const { text } = await download(page);
      const a = shipped.split('\n');
      const b = text.split('\n');
      assert.equal(b.length, a.length, 'same number of lines');
      const changed = a.flatMap((line, i) => (line === b[i] ? [] : [[line.trim(), b[i]!.trim()]]));
      assert.deepEqual(changed, [['"years": 34,', '"years": 35,']]);
    },
  );

  await check(
    'editor: at phone width (390×844) a copy of Zhou fits the screen, its preview under the form',
    async (page) => {
      await page.goto(`${url}#/case/003-zhou`);
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await page.waitForURL(/#\/edit\?draft=/);
      await field(page, 'title').waitFor();
      // A long title in its input once widened the form past the screen.
      const widths = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      assert.ok(widths[0]! <= widths[1]!, `page ${widths[0]} px wide on a ${widths[1]} px screen`);
      const form = await field(page, 'title').boundingBox();
      const preview = await page.locator('.ed-preview').boundingBox();
      assert.ok(form && preview && preview.y > form.y, 'the preview follows the form');
      assert.ok(preview.x + preview.width <= widths[1]! + 0.5, 'the preview fits the screen');
    },
    { width: 390, height: 844 },
  );
}
