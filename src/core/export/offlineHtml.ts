// The offline page: one HTML file holding the viewer's script and styles, the case data and the
// view, so it opens from disk with no network. Built as a string here; the pieces come from the
// build (dist/offline) and from the library the reader has open.

/** What the offline viewer reads from its data element. */
export interface OfflineData {
  /** Format of this object, so a later viewer can refuse or upgrade an old file. */
  version: 1;
  /** The app address of the exported view ("#/case/003-zhou?v=1&…"). */
  route: string;
  /** The library index, listing only the cases carried here. */
  index: { formatVersion: number; cases: Array<{ id: string; file: string; title: string }> };
  /** Case file texts by their path in the index. */
  files: Record<string, string>;
  /** A reader's own files (name and text), opened as they were in the app. */
  own: Array<{ name: string; text: string }>;
  /** When the file was written (ISO 8601), shown in the viewer's header. */
  savedAt: string;
}

/** The pieces of the built offline viewer (dist/offline/manifest.json names them). */
export interface OfflineAssets {
  /** The viewer's script (an IIFE, no imports). */
  js: string;
  /** The viewer's styles. */
  css: string;
  /** "sha256-…" of `js`, for the file's script-src. */
  jsHash: string;
  /** "sha256-…" of `css`, for the file's style-src. */
  cssHash: string;
}

/** Id of the element holding the data. */
export const OFFLINE_DATA_ID = 'caselines-data';

/**
 * JSON safe inside a `<script type="application/json">`: every "<" becomes "\u003c" (so no
 * `</script>` or `<!--` in data can end or bend the element), and U+2028/9 are escaped too.
 */
export function escapeJsonForScript(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Text for an HTML text node or quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The file's policy: nothing from the network at all; only the one script and stylesheet it
 * carries (by hash) may run or apply; images only from data: and blob: (the PNG export).
 */
export function offlinePolicy(assets: Pick<OfflineAssets, 'jsHash' | 'cssHash'>): string {
  return [
    "default-src 'none'",
    `script-src '${assets.jsHash}'`,
    `style-src '${assets.cssHash}'`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The whole offline page as text. The script must not contain "</script" (the build checks). */
export function offlineHtml(title: string, data: OfflineData, assets: OfflineAssets): string {
  if (/<\/script/i.test(assets.js)) throw new Error('the offline script contains "</script"');
  if (/<\/style/i.test(assets.css)) throw new Error('the offline styles contain "</style"');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${offlinePolicy(assets)}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${assets.css}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<script type="application/json" id="${OFFLINE_DATA_ID}">${escapeJsonForScript(JSON.stringify(data))}</script>`,
    `<script>${assets.js}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Reads the data element's text back, or explains why it cannot: the viewer must not trust a
 * hand-edited file, so shape is checked here and every case is validated again on load.
 */
export function parseOfflineData(text: string | null | undefined): OfflineData | string {
  if (!text) return 'This file carries no case data.';
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'The case data in this file is not valid JSON.';
  }
  const d = raw as Partial<OfflineData> | null;
  if (!d || typeof d !== 'object' || d.version !== 1) return 'Unknown offline file version.';
  if (typeof d.route !== 'string' || !d.route.startsWith('#/')) return 'The saved view is missing.';
  if (!d.index || !Array.isArray(d.index.cases)) return 'The case index is missing.';
  if (!d.files || typeof d.files !== 'object') return 'The case files are missing.';
  const own = Array.isArray(d.own)
    ? d.own.filter((o) => typeof o?.name === 'string' && typeof o?.text === 'string')
    : [];
  return {
    version: 1,
    route: d.route,
    index: d.index,
    files: d.files,
    own,
    savedAt: typeof d.savedAt === 'string' ? d.savedAt : '',
  };
}
