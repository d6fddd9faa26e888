import type { Meta, StoryObj } from '@storybook/react-vite';
import { printJson } from '../../core/editor/index.ts';
import { checkCaseText } from '../../core/validate/index.ts';
import { caseDoc } from './storyKit.tsx';
import { ProblemPanel } from './ProblemPanel.tsx';

const meta: Meta = { title: 'Editor/ProblemPanel' };
export default meta;

/** Zhou's file with an empty title and a time counted from an event that is not there. */
export const WithProblems: StoryObj = {
  loaders: [
    async () => {
      const doc = await caseDoc();
      const events = doc.events as Array<{ time: unknown }>;
      events[3] = {
        ...events[3]!,
        time: { kind: 'offset', from: 'no-such-event', amount: 2, unit: 'day' },
      };
      const text = printJson({ ...doc, title: '', events });
      return { problems: checkCaseText(text, '003-zhou.json').problems };
    },
  ],
  render: (_a, { loaded }) => <ProblemPanel problems={loaded.problems as never} />,
};

/** A file the validator accepts. */
export const NoProblems: StoryObj = { render: () => <ProblemPanel problems={[]} /> };
