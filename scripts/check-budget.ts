// npm run check-budget (after npm run build): fails when the JavaScript a first visit loads
// exceeds its budget. Counted: every script and modulepreload that dist/index.html names, and
// every chunk those import statically (a static import loads before the page can run), gzipped.
// Chunks loaded on demand (import()) are not counted: they wait until a route needs them.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
/** The budget of issue 7, in kB (1,000 bytes, as Vite prints them) of gzip. */
const BUDGET_KB = 150;

/** Paths (relative to dist/) of the scripts and module preloads index.html names. */
function entryScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const out: string[] = [];
  for (const tag of tags) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && url && !/^[a-z]+:/i.test(url)) out.push(posix.normalize(url));
  }
  return out;
}

/** Relative chunks a built module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code: string): string[] {
  const re = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
  return [...code.matchAll(re)].map((m) => m[1]!);
}

function main() {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) throw new Error(`No ${index}: run npm run build first.`);
  const seen = new Set<string>();
  const queue = entryScripts(readFileSync(index, 'utf8'));
  const rows: Array<[string, number]> = [];
  while (queue.length > 0) {
    const rel = queue.shift()!;
    if (seen.has(rel)) continue;
    seen.add(rel);
    const code = readFileSync(join(DIST, rel));
    rows.push([rel, gzipSync(code).length]);
    for (const imp of staticImports(code.toString('utf8')))
      queue.push(posix.normalize(posix.join(posix.dirname(rel), imp)));
  }
  const total = rows.reduce((n, [, b]) => n + b, 0) / 1000;
  for (const [rel, bytes] of rows)
    console.log(`${(bytes / 1000).toFixed(1).padStart(8)} kB  ${rel}`);
  const verdict = total <= BUDGET_KB ? 'within' : 'OVER';
  console.log(`initial JS: ${total.toFixed(1)} kB gzip, ${verdict} the budget of ${BUDGET_KB} kB`);
  if (total > BUDGET_KB) process.exitCode = 1;
}

main();
