// What a first visit of the built app loads before it can run: every script and module preload
// index.html names, and every chunk those import statically (a static import loads before the page
// can run), gzipped. Chunks loaded on demand (import()) wait until a route needs them and are not
// counted. Used by check-budget and the benchmark.

import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget of issue 14 for the landing route's initial JavaScript, in kB of gzip. */
export const LANDING_BUDGET_KB = 100;

/** Paths (relative to the site) of the scripts and module preloads an HTML page names or its boot script requests. */
export function entryScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const out: string[] = [];
  for (const tag of tags) {
    // Module or classic (the boot script): every script the page names runs on the first visit.
    const isScript = tag.startsWith('<script');
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && url && !/^[a-z]+:/i.test(url)) out.push(posix.normalize(url));
    // The boot script's tag names the app's entry and its preloads, which it requests itself.
    const started = isScript ? /data-preload="([^"]*)"/.exec(tag)?.[1] : undefined;
    for (const path of started?.split(' ').filter(Boolean) ?? []) out.push(posix.normalize(path));
  }
  return out;
}

/** Relative chunks a built module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(code: string): string[] {
  const re = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
  return [...code.matchAll(re)].map((m) => m[1]!);
}

/** Each chunk the landing route of the site in `dist` loads first, with its gzip size in bytes. */
export function initialJs(dist: string): Array<[path: string, gzipBytes: number]> {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) throw new Error(`No ${index}: build the app first (npm run build).`);
  const seen = new Set<string>();
  const queue = entryScripts(readFileSync(index, 'utf8'));
  const rows: Array<[string, number]> = [];
  while (queue.length > 0) {
    const rel = queue.shift()!;
    if (seen.has(rel)) continue;
    seen.add(rel);
    const code = readFileSync(join(dist, rel));
    rows.push([rel, gzipSync(code).length]);
    for (const imp of staticImports(code.toString('utf8')))
      queue.push(posix.normalize(posix.join(posix.dirname(rel), imp)));
  }
  return rows;
}

/** Total kB (1,000 bytes, as Vite prints them) of the rows. */
export const totalKb = (rows: ReadonlyArray<[string, number]>) =>
  rows.reduce((n, [, b]) => n + b, 0) / 1000;
