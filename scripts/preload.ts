// Preload links for the library's data, written into the built index.html. The app fetches the
// library summary only after its scripts have run; named in the page, the browser requests it
// while it is still loading the scripts. The loader's own fetch then takes the preloaded response,
// so nothing is read twice. Case files are not named: each is read when its case is opened, so the
// page costs the same at 6 cases or 1,000.

import { SUMMARY_PATH } from '../src/core/library/librarySummary.ts';

/** The data files to preload, relative to the page: the library summary alone. */
export function libraryPreloads(): string[] {
  return [`data/${SUMMARY_PATH}`];
}

/**
 * One preload tag per path. `crossorigin` makes the preload's credentials mode the one fetch()
 * uses by default (same-origin), without which the browser would not reuse it.
 */
export function preloadTags(paths: readonly string[]): string {
  return paths
    .map(
      (p) => `<link rel="preload" href="./${p}" as="fetch" type="application/json" crossorigin />`,
    )
    .join('\n    ');
}
