// The "Offline HTML" export: fetches the built offline viewer (dist/offline, same origin) and the
// case files of the view, and writes them with the current address into one HTML file.
import {
  offlineHtml,
  type OfflineAssets,
  type OfflineData,
} from '../../core/export/offlineHtml.ts';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { isOwnCase } from '../../core/library/ownFile.ts';
import { fetchReader } from '../../app/data/index.ts';
import { useLibraryStore } from '../../app/store/index.ts';

/** Reads a file of the built viewer next to the app; explains a missing build. */
async function viewerFile(name: string): Promise<string> {
  const res = await fetch(new URL(`offline/${name}`, document.baseURI));
  if (!res.ok)
    throw new Error(
      `The offline viewer is not part of this build (offline/${name}: HTTP ${res.status}); run npm run build.`,
    );
  return res.text();
}

/** The viewer's script, styles and their hashes, as the build wrote them. */
async function viewerAssets(): Promise<OfflineAssets> {
  const manifest = JSON.parse(await viewerFile('manifest.json')) as Record<string, string>;
  const [js, css] = await Promise.all([viewerFile(manifest.js!), viewerFile(manifest.css!)]);
  return { js, css, jsHash: manifest.jsHash!, cssHash: manifest.cssHash! };
}

/**
 * The data of the offline file: the cases of the view (library files as published, a reader's own
 * files as opened) and the current address, which carries the whole view state.
 */
export async function offlineData(loads: readonly CaseLoad[], route: string): Promise<OfflineData> {
  const { ownFiles } = useLibraryStore.getState();
  const files: Record<string, string> = {};
  const entries: OfflineData['index']['cases'] = [];
  const own: OfflineData['own'] = [];
  for (const load of loads) {
    if (load.status !== 'ok') continue;
    if (isOwnCase(load.entry.id)) {
      const f = ownFiles[load.entry.id];
      if (f) own.push(f);
      continue;
    }
    const text = await fetchReader(load.entry.file);
    if (text === null) throw new Error(`Could not read data/${load.entry.file}.`);
    files[load.entry.file] = text;
    entries.push({ id: load.entry.id, file: load.entry.file, title: load.entry.title });
  }
  return {
    version: 1,
    route: route.startsWith('#/') ? route : '#/',
    index: { formatVersion: 1, cases: entries },
    files,
    own,
    savedAt: new Date().toISOString(),
  };
}

/** The offline HTML file of the current view, as text. */
export async function buildOfflineHtml(
  title: string,
  loads: readonly CaseLoad[],
  route: string,
): Promise<string> {
  const [assets, data] = await Promise.all([viewerAssets(), offlineData(loads, route)]);
  return offlineHtml(title, data, assets);
}
