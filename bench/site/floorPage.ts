// The floor page of a route: the least any page that shows that route's data must do. A small
// inline script in its head starts fetching the route's data files, one small
// script awaits them, parses each with JSON.parse and adds one element per file to the page; the
// driver's probe then waits the same two frames as on the app. No checks, no layout, no marks.

/** The element the floor adds per parsed file: the probe's "drawn" condition on this page. */
export const FLOOR_MARK = 'floor-file';

/**
 * The floor page's HTML for the data files `files` (site-relative), named in its head so their
 * requests start at once (a list in the address would not fit 1,001 files). No
 * Content-Security-Policy: it is the benchmark's page, not the app's.
 */
export function floorHtml(files: readonly string[]): string {
  const early =
    `(function(){var e={};${JSON.stringify(files)}.forEach(function(p){e[p]=fetch(p);});` +
    `window.__early=e;})();`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Benchmark: floor of a route</title>
    <script>${early.replace(/</g, '\\u003c')}</script>
    <script type="module" src="./bench-floor.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
}

/** The floor's one script: await the started requests, parse each file, add one element per file. */
export const FLOOR_SCRIPT = `const started = window.__early || {};
const paths = Object.keys(started);
const texts = await Promise.all(paths.map(async (p) => {
  const res = await started[p];
  if (!res.ok) throw new Error(p + ': HTTP ' + res.status);
  return res.text();
}));
const root = document.getElementById('root');
texts.forEach((t, i) => {
  const parsed = JSON.parse(t);
  const el = document.createElement('div');
  el.className = '${FLOOR_MARK}';
  // Keeps the parsed file reachable, so the parse cannot be skipped as dead code.
  el.dataset.keys = String(Object.keys(parsed).length);
  el.dataset.path = paths[i];
  root.append(el);
});
`;
