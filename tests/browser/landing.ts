// The live landing page for checks that use its opener. Until the library has drawn its cards the
// build's picture of the page stands in front (inert, with its own copy of the opener), and #root
// is laid out but hidden: what a reader can type into is the opener in #root, once it is shown.
import type { Locator, Page } from 'playwright-core';

/** The live page's opener (not the picture's copy); its controls are usable once it is visible. */
export const liveOpener = (page: Page): Locator => page.locator('#root .opener');

/** Opens the landing page at `base` and waits until its live opener is the one on screen. */
export async function openLiveLanding(page: Page, base: string): Promise<void> {
  await page.goto(`${base}#/`);
  await liveOpener(page).waitFor();
}

/** Pastes `json` into the live opener at `base` and opens it (the page then shows that case). */
export async function pasteCase(page: Page, base: string, json: string): Promise<void> {
  await openLiveLanding(page, base);
  await liveOpener(page).getByLabel('Or paste the JSON of a case').fill(json);
  await liveOpener(page).getByRole('button', { name: 'Open pasted text' }).click();
}
