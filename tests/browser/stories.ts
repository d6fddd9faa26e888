import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Storybook's build output, as `npm run build-storybook` writes it. */
export const STORYBOOK_DIR = process.env.STORYBOOK_DIR ?? 'storybook-static';

/** Ids of every story in a built Storybook. */
export async function storyIds(dir = STORYBOOK_DIR): Promise<string[]> {
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as {
    entries: Record<string, { id: string; type: string }>;
  };
  return Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .map((e) => e.id);
}

/**
 * Renders each story alone in the preview iframe and fails on any story that shows Storybook's
 * error display or renders nothing. Stories load the real curated cases, so this also checks
 * every view against the shipped data.
 */
export async function assertStoriesRender(
  page: Page,
  baseUrl: string,
  ids: string[],
): Promise<void> {
  const failures: string[] = [];
  for (const id of ids) {
    await page.goto(`${baseUrl}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
    const state = await page
      .waitForFunction(
        () => {
          if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
          const root = document.querySelector('#storybook-root');
          return root && root.childElementCount > 0 ? 'rendered' : false;
        },
        undefined,
        { timeout: 10_000 },
      )
      .then((h) => h.jsonValue())
      .catch(() => 'timeout');
    if (state !== 'rendered') {
      const message = await page
        .locator('#error-message')
        .innerText()
        .catch(() => '');
      failures.push(`${id}: ${state}${message ? ` (${message.trim().split('\n')[0]})` : ''}`);
    }
  }
  assert.deepEqual(failures, [], `${failures.length} of ${ids.length} stories failed to render`);
}
