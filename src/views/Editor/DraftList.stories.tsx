import type { Meta, StoryObj } from '@storybook/react-vite';
import { DraftList } from './DraftList.tsx';

const meta: Meta = { title: 'Editor/DraftList' };
export default meta;

const SAVED = Date.UTC(2026, 11, 2, 13, 45, 2);

/** Two drafts: a copy of Zhou with an edit, and a new case not yet titled. */
export const TwoDrafts: StoryObj = {
  render: () => (
    <DraftList
      current="d1"
      onDelete={() => {}}
      drafts={[
        {
          id: 'd1',
          name: 'Zhou — allogeneic retroviral CD7 CAR-T for T-ALL relapse after allo-HSCT',
          savedAt: SAVED,
          origin: '003-zhou',
        },
        { id: 'd2', name: 'Untitled case', savedAt: SAVED - 3_600_000 },
      ]}
    />
  ),
};

/** No drafts in this browser yet. */
export const Empty: StoryObj = { render: () => <DraftList drafts={[]} onDelete={() => {}} /> };
