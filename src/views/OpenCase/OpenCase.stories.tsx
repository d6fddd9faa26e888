import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CaseLoad } from '../../core/library/loadLibrary.ts';
import { loadOwnCase } from '../../core/library/caseFromText.ts';
import { fixtureReader } from '../fixtures/caseFixtures.ts';
import { CaseOpener } from './CaseOpener.tsx';
import { OpenCase } from './OpenCase.tsx';
import { OpenedList } from './OpenedList.tsx';
import { OpenResult } from './OpenResult.tsx';
import { OwnCaseElsewhere } from './OwnCaseElsewhere.tsx';

const meta: Meta = { title: 'Open your own case/Opener' };
export default meta;

/** A shipped case file's text, opened as a reader's own file would be. */
async function ownFile(path: string, edit: (text: string) => string = (t) => t): Promise<CaseLoad> {
  const text = (await fixtureReader()(path)) ?? '';
  return loadOwnCase(edit(text), path.replace('cases/', ''));
}

/** The whole section as the landing page shows it, wired to the app store. */
export const Section: StoryObj = { render: () => <OpenCase /> };

/** The picker, drop zone and paste box, validating with the real validator (nothing is stored). */
export const Opener: StoryObj = { render: () => <CaseOpener onOpen={loadOwnCase} /> };

/** Zhou's case file opened as the reader's own: a link to its timeline. */
export const Opened: StoryObj = {
  loaders: [async () => ({ load: await ownFile('cases/003-zhou.json') })],
  render: (_a, { loaded }) => <OpenResult load={loaded.load as CaseLoad} />,
};

/** Kong's file with its first CAR-T date changed to a day that does not exist: the problem, placed. */
export const OpenedWithProblems: StoryObj = {
  loaders: [
    async () => ({
      load: await ownFile('cases/004-kong.json', (t) =>
        t.replace(/"date": "\d{4}-\d{2}-\d{2}"/, '"date": "2025-02-30"'),
      ),
    }),
  ],
  render: (_a, { loaded }) => <OpenResult load={loaded.load as CaseLoad} />,
};

/** Two of the reader's own files, kept in this browser, with their "Forget" buttons. */
export const OpenedFiles: StoryObj = {
  loaders: [
    async () => ({
      opened: [await ownFile('cases/003-zhou.json'), await ownFile('cases/000-marina.json')],
    }),
  ],
  render: (_a, { loaded }) => (
    <OpenedList
      opened={loaded.opened as CaseLoad[]}
      keep
      note={null}
      onForget={() => {}}
      onKeep={() => {}}
    />
  ),
};

/** Keeping failed because the browser's storage is full: the note says so. */
export const StorageFull: StoryObj = {
  render: () => (
    <OpenedList
      opened={[]}
      keep={false}
      note="The browser has no room to keep these files (its storage is full), so they are kept for this session only."
      onForget={() => {}}
      onKeep={() => {}}
    />
  ),
};

/** A link to a reader's own case followed in another browser: where the case lives, and the opener. */
export const OwnCaseInAnotherBrowser: StoryObj = {
  render: () => <OwnCaseElsewhere caseId="own:003-zhou" />,
};
