// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fetchReader, startEarlyRead, takeEarlyRead } from '../../src/app/data/index.ts';

describe('reads the boot script starts early', () => {
  it('are taken by the app’s reader once, then it fetches afresh', async () => {
    const read = vi.fn(async (p: string) => `early ${p}`);
    void startEarlyRead('cases/a.json', read);
    const fetched = vi.fn(async () => new Response('fresh'));
    vi.stubGlobal('fetch', fetched);
    expect(await fetchReader('cases/a.json')).toBe('early cases/a.json');
    expect(fetched).not.toHaveBeenCalled();
    expect(await fetchReader('cases/a.json')).toBe('fresh');
    expect(fetched).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('start once per file, and a failed one reaches whoever takes it', async () => {
    const read = vi.fn(async () => {
      throw new Error('HTTP 500');
    });
    const first = startEarlyRead('cases/b.json', read);
    expect(startEarlyRead('cases/b.json', read)).toBe(first);
    expect(read).toHaveBeenCalledTimes(1);
    await expect(takeEarlyRead('cases/b.json')).rejects.toThrow('HTTP 500');
    expect(takeEarlyRead('cases/b.json')).toBeUndefined();
  });
});
