// Generates the library summary (data/library.json) from a data folder: the build writes it
// beside the case files and the dev server serves it, both through the Vite plugin in
// vite.config.ts. It is never hand-edited and never kept in public/data.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildLibrarySummary } from '../src/core/library/librarySummary.ts';
import type { Reader } from '../src/core/library/loadLibrary.ts';

/** Reads files under `dir`; a missing file is null, as the loader expects. */
export function folderReader(dir: string): Reader {
  return async (relPath) => {
    try {
      return await readFile(join(dir, relPath), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
}

/**
 * The summary of the library in `dataDir` as JSON text. Each case is checked in full, as
 * `npm run validate` checks it; a broken case is listed with its problems (its card says why),
 * and problems name files as the browser sees them ("data/cases/…").
 */
export async function libraryJson(dataDir: string): Promise<string> {
  const { summary } = await buildLibrarySummary(folderReader(dataDir), {
    label: (p) => `data/${p}`,
  });
  return JSON.stringify(summary);
}
