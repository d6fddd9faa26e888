import type { Meta } from '@storybook/react-vite';
import { SourceList } from './SourceList.tsx';
import { CASE_IDS } from '../fixtures/caseFixtures.ts';
import { okCaseStory } from '../fixtures/stories.tsx';

const meta: Meta<typeof SourceList> = { title: 'Case/SourceList', component: SourceList };
export default meta;

const sources = (id: string) =>
  okCaseStory(id, ({ case: c }) => <SourceList sources={c.sources} />);

/** A journal article with volume, issue, pages and DOI. */
export const Kong = sources(CASE_IDS.kong);
/** A provisionally accepted abstract under CC BY. */
export const Zhou = sources(CASE_IDS.zhou);
/** A hospital web page without authors. */
export const Marina = sources(CASE_IDS.marina);
