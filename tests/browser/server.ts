import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Text files a host compresses when the browser accepts it. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

/** A running static server and what it saw. */
export interface StaticServer {
  /** Absolute URL of the hosted sub-path, ending in "/". */
  url: string;
  /** Requests for paths outside the sub-path: a relatively hosted app makes none. */
  outside: string[];
  close: () => Promise<void>;
}

/**
 * Serves `root` under `prefix` (e.g. "/some/sub/path/") on 127.0.0.1 with an ephemeral port,
 * as a static host would: files only, no rewrites, 404 for everything else.
 */
export async function serveStatic(
  root: string,
  prefix: string,
  /** Extra response headers on every file served (e.g. a Content-Security-Policy). */
  headers: Record<string, string> = {},
  /** Send text files gzipped to a browser that accepts it, as most hosts do. */
  { gzip = false }: { gzip?: boolean } = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const outside: string[] = [];
  // Compressed once per file version, as a host's cache would.
  const zipped = new Map<string, Buffer>();
  const gzipped = async (file: string) => {
    const { mtimeMs, size } = await stat(file);
    const key = `${file} ${mtimeMs} ${size}`;
    const body = zipped.get(key) ?? gzipSync(await readFile(file));
    zipped.set(key, body);
    return body;
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(prefix)) {
        outside.push(path);
        res.writeHead(404).end();
        return;
      }
      let file = normalize(join(base, path.slice(prefix.length)));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
        const zip =
          gzip &&
          COMPRESSED.has(extname(file)) &&
          /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
        const body = zip ? await gzipped(file) : await readFile(file);
        const encoding = zip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {};
        res.writeHead(200, { ...headers, ...type, ...encoding });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    outside,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
