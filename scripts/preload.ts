// Preload links for the library's data files, written into the built index.html. The app fetches
// index.json and every case it lists only after its scripts have run; named in the page, the
// browser requests them while it is still loading the scripts. The loader's own fetch then takes
// the preloaded response, so nothing is read twice and every check runs as before.

/** A relative path the links may name: data-folder characters only, no "..", no scheme. */
const SAFE_PATH = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/-]*\.json$/;

/**
 * The data files to preload, relative to the page: index.json first, then each case file the index
 * lists whose path is safe to name, once each. An index that does not parse preloads only itself:
 * the app's loader reports its problems, this only saves time.
 */
export function libraryPreloads(indexText: string | null): string[] {
  const out = ['data/index.json'];
  if (indexText === null) return out;
  let cases: unknown;
  try {
    cases = (JSON.parse(indexText) as { cases?: unknown }).cases;
  } catch {
    return out;
  }
  if (!Array.isArray(cases)) return out;
  for (const c of cases) {
    const file = (c as { file?: unknown } | null)?.file;
    if (typeof file === 'string' && SAFE_PATH.test(file) && !out.includes(`data/${file}`))
      out.push(`data/${file}`);
  }
  return out;
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
