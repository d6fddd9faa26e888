import type { Meta, StoryObj } from '@storybook/react-vite';
import { Landing } from './Landing.tsx';
import { BROKEN_PAN_1 } from '../fixtures/caseFixtures.ts';
import { libraryStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof Landing> = { title: 'Screens/Landing', component: Landing };
export default meta;

/** The shipped library: six cards. */
export const Library = libraryStory((library) => <Landing state={{ status: 'ready', library }} />);

/** One case file is broken; its card says why and the other five keep working. */
export const OneBrokenCase = libraryStory(
  (library) => <Landing state={{ status: 'ready', library }} />,
  BROKEN_PAN_1,
);

/** The index itself is missing: nothing can be listed, and the page says why. */
export const MissingIndex = libraryStory(
  (library) => <Landing state={{ status: 'ready', library }} />,
  {
    'index.json': null,
  },
);

/** While the library loads. */
export const Loading: StoryObj<typeof Landing> = { args: { state: { status: 'loading' } } };
