import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../browser/server.ts';

/** The raw response: status, headers and body bytes as sent (not decompressed). */
function fetchRaw(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; encoding?: string; body: Buffer }>((done, fail) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', fail);
  });
}

describe('the static server, gzipping as a host does', () => {
  const css = '.card { color: red; }\n'.repeat(200);
  let root = '';
  let zipped: StaticServer;
  let plain: StaticServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'serve-'));
    writeFileSync(join(root, 'a.css'), css);
    writeFileSync(join(root, 'b.png'), Buffer.from([137, 80, 78, 71]));
    zipped = await serveStatic(root, '/s/', {}, { gzip: true });
    plain = await serveStatic(root, '/s/');
  });
  afterAll(async () => {
    await zipped.close();
    await plain.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends a text file gzipped to a browser that accepts it, smaller and the same once unzipped', async () => {
    const r = await fetchRaw(`${zipped.url}a.css`, { 'accept-encoding': 'gzip, deflate' });
    expect(r.encoding).toBe('gzip');
    expect(r.body.length).toBeLessThan(css.length / 10);
    expect(gunzipSync(r.body).toString()).toBe(css);
  });

  it('sends it as is to a browser that does not, to images, and without the option', async () => {
    const asked = { 'accept-encoding': 'gzip' };
    expect((await fetchRaw(`${zipped.url}a.css`)).body.toString()).toBe(css);
    expect((await fetchRaw(`${zipped.url}b.png`, asked)).encoding).toBeUndefined();
    const r = await fetchRaw(`${plain.url}a.css`, asked);
    expect(r.encoding).toBeUndefined();
    expect(r.body.toString()).toBe(css);
  });
});
