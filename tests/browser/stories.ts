import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { keepFunctionNames } from './chromium.ts';

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

/** What rendering one story came to: rendered, or why not. */
type StoryState = 'rendered' | 'empty' | 'error' | 'missing' | 'timeout';

/** Opens the preview iframe on one story with a full page load and waits for its outcome. */
async function loadStory(page: Page, baseUrl: string, id: string): Promise<StoryState> {
  await page.goto(`${baseUrl}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
  return page
    .waitForFunction(
      () => {
        if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
        const root = document.querySelector('#storybook-root');
        return root && root.childElementCount > 0 ? 'rendered' : false;
      },
      undefined,
      { timeout: 10_000 },
    )
    .then((h) => h.jsonValue() as Promise<StoryState>)
    .catch(() => 'timeout' as const);
}

/**
 * Switches the already loaded preview to another story through Storybook's own channel, as its
 * sidebar does, and waits for the outcome. This skips reloading the preview bundle per story,
 * which was most of the check's time.
 */
function switchStory(page: Page, id: string): Promise<StoryState> {
  return page.evaluate(
    (storyId) =>
      new Promise<StoryState>((resolve) => {
        type Channel = {
          on(event: string, fn: (arg: unknown) => void): void;
          off(event: string, fn: (arg: unknown) => void): void;
          emit(event: string, arg: unknown): void;
        };
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__?: Channel })
          .__STORYBOOK_ADDONS_CHANNEL__;
        if (!channel) return resolve('missing');
        const outcomes: Record<string, StoryState> = {
          storyRendered: 'rendered',
          storyErrored: 'error',
          storyThrewException: 'error',
          storyMissing: 'missing',
        };
        const handlers = Object.entries(outcomes).map(([event, state]) => {
          const fn = (arg: unknown) => {
            // storyRendered names its story; the error events carry an error object instead.
            if (event === 'storyRendered' && arg !== storyId) return;
            finish(state);
          };
          channel.on(event, fn);
          return { event, fn };
        });
        const timer = setTimeout(() => finish('timeout'), 10_000);
        function finish(state: StoryState) {
          clearTimeout(timer);
          for (const h of handlers) channel!.off(h.event, h.fn);
          const root = document.querySelector('#storybook-root');
          resolve(state === 'rendered' && !root?.childElementCount ? 'empty' : state);
        }
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
  );
}

/**
 * Renders each story in the preview iframe and fails on any story that shows Storybook's error
 * display or renders nothing. Stories load the real curated cases, so this also checks every view
 * against the shipped data. One page load serves all stories; a story that fails after a switch
 * is loaded again on its own, and only a failure there counts (a reader opens one story at a time).
 */
export async function assertStoriesRender(
  page: Page,
  baseUrl: string,
  ids: string[],
): Promise<void> {
  const failures: string[] = [];
  // switchStory's page function names its helpers.
  await keepFunctionNames(page);
  let loaded = false;
  for (const id of ids) {
    let state: StoryState = loaded ? await switchStory(page, id) : 'timeout';
    if (state !== 'rendered') state = await loadStory(page, baseUrl, id);
    loaded = state === 'rendered';
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
