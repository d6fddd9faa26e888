// The offline viewer: the script of an "Offline HTML" export. It reads the cases and the view
// from the page's data element (never from the network; the file's policy forbids any request),
// validates them again like any library load, and shows the same case, comparison or cohort view.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Reader } from '../core/library/loadLibrary.ts';
import { INDEX_PATH } from '../core/library/loadLibrary.ts';
import { OFFLINE_DATA_ID, parseOfflineData } from '../core/export/offlineHtml.ts';
import { useLibraryStore } from '../app/store/libraryStore.ts';
import { OfflineApp } from './OfflineApp.tsx';
import '../styles/index.css';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('the offline page has no #root element');
// Lets the styles hide what needs the hosted app (exporting another offline copy).
document.documentElement.classList.add('offline');
const data = parseOfflineData(document.getElementById(OFFLINE_DATA_ID)?.textContent);
const root = createRoot(rootEl);

if (typeof data === 'string') {
  root.render(
    <main className="site-main">
      <h1>Caselines offline copy</h1>
      <p role="alert">{data}</p>
    </main>,
  );
} else {
  // Open on the exported view; the viewer's router and view stores read it from the address.
  if (window.location.hash !== data.route) window.history.replaceState(null, '', data.route);
  const read: Reader = async (relPath) =>
    relPath === INDEX_PATH ? JSON.stringify(data.index) : (data.files[relPath] ?? null);
  const store = useLibraryStore.getState();
  // The copy's own files are opened before the first render, so its route finds them.
  void Promise.all(data.own.map((f) => store.openOwnFile(f.text, f.name))).then(() => {
    void store.load(read);
    root.render(
      <StrictMode>
        <OfflineApp savedAt={data.savedAt} />
      </StrictMode>,
    );
  });
}
