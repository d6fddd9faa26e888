// @vitest-environment jsdom
import { composeStories } from '@storybook/react-vite';
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as casePageStories from '../../../src/views/CasePage/CasePage.stories.tsx';
import * as sheetStories from '../../../src/views/DetailPanel/DetailSheet.stories.tsx';
import * as controlStories from '../../../src/views/TimelineControls/TimelineControls.stories.tsx';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

describe('first-screen stories', () => {
  it.each(Object.entries(composeStories(sheetStories)))(
    'DetailSheet %s shows one mark in the sheet',
    async (_name, Story) => {
      await Story.run();
      expect(document.body.querySelectorAll('.detail-sheet .detail[data-detail]')).toHaveLength(1);
    },
  );

  it('TimelineControls LanesOpen opens the lane list (its play checks the rows)', async () => {
    await composeStories(controlStories).LanesOpen.run();
    expect(document.body.querySelector<HTMLDetailsElement>('.lanes-popover')?.open).toBe(true);
  });

  it('CasePage KongWithWarning lists its one finding after the timeline (its play checks the order)', async () => {
    await composeStories(casePageStories).KongWithWarning.run();
    const sections = [...document.body.querySelectorAll('article.case > section')].map((s) =>
      s.className.replace(/.*case__section--/, ''),
    );
    expect(sections.slice(0, 2)).toEqual(['timeline', 'warnings']);
    expect(document.body.querySelectorAll('.case__section--warnings .problem')).toHaveLength(1);
  });

  it('CasePage ZhouDetailsOpen opens CRS in the sheet', async () => {
    await composeStories(casePageStories).ZhouDetailsOpen.run();
    expect(document.body.querySelector('.detail-sheet .detail')?.getAttribute('data-detail')).toBe(
      'crs',
    );
  });
});
