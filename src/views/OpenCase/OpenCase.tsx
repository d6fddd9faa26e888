import { useLibraryStore } from '../../app/store/index.ts';
import { CaseOpener } from './CaseOpener.tsx';
import { OpenedList } from './OpenedList.tsx';
import { showCase } from './showCase.ts';

/** The landing page's "Open your own case" section, wired to the app store; one good file opens its timeline. */
export function OpenCase() {
  const opened = useLibraryStore((s) => s.opened);
  const keep = useLibraryStore((s) => s.keepInBrowser);
  const note = useLibraryStore((s) => s.storageNote);
  const openOwnFile = useLibraryStore((s) => s.openOwnFile);
  const forget = useLibraryStore((s) => s.forgetOpened);
  const setKeep = useLibraryStore((s) => s.setKeepInBrowser);
  return (
    <section className="open-case" aria-labelledby="h-open-case">
      <h2 id="h-open-case">Open your own case</h2>
      <CaseOpener onOpen={openOwnFile} onOpened={showCase} />
      <OpenedList opened={opened} keep={keep} note={note} onForget={forget} onKeep={setKeep} />
    </section>
  );
}
