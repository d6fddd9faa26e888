import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Chromium binary: CHROMIUM_PATH, else Debian's package. Browser downloads are not possible here. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Launches headless Chromium with the flags that keep it offline and quiet on CI machines. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * Gives the page tsx's `__name` helper: tsx keeps function names by wrapping them in it, so a
 * page function that declares named helpers fails in the page without it.
 */
export const keepFunctionNames = (page: Page) =>
  page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
