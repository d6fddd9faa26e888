import { Screen } from '../app/Screen.tsx';
import { useRoute } from '../app/router/useRoute.ts';
import { useLibraryStore } from '../app/store/libraryStore.ts';

/** Props of OfflineApp. */
export interface OfflineAppProps {
  /** When the file was written (ISO 8601), so a reader knows how old the copy is. */
  savedAt: string;
}

/** "22 November 2026", or the raw text when it is not a date. */
function savedText(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return '';
  return ` on ${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
}

/**
 * The offline copy's shell: a one-line header saying what this file is, and the same screen the
 * app shows for the saved address (zoom, lanes and the detail panel work as in the app).
 */
export function OfflineApp({ savedAt }: OfflineAppProps) {
  const route = useRoute();
  const state = useLibraryStore((s) => s.state);
  const opened = useLibraryStore((s) => s.opened);
  return (
    <>
      <header className="offline-header">
        <p>
          <strong>Caselines</strong> — offline copy saved{savedText(savedAt)}. It needs no network;
          the case data it shows are carried inside this file.
        </p>
      </header>
      <main className="site-main">
        <Screen route={route} state={state} opened={opened} />
      </main>
    </>
  );
}
