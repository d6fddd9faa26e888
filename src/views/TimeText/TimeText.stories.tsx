import type { Meta } from '@storybook/react-vite';
import { TimeText } from './TimeText.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof TimeText> = { title: 'Case/TimeText', component: TimeText };
export default meta;

/** Every node of Marina's case, from a calendar month to day offsets and order-only times. */
export const AllOfMarina = okCaseStory(CASE_IDS.marina, ({ case: c, resolved }) => (
  <ul>
    {resolved.order.map((key) => (
      <li key={key}>
        <code>{key}</code>: <TimeText c={c} rc={resolved} nodeKey={key} />
      </li>
    ))}
  </ul>
));
