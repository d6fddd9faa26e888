// @vitest-environment jsdom
import { composeStories } from '@storybook/react-vite';
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as pageStories from '../../../src/views/CohortPage/CohortPage.stories.tsx';
import * as partStories from '../../../src/views/CohortPage/Parts.stories.tsx';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

const all = { ...composeStories(pageStories), ...composeStories(partStories) };

describe('cohort stories', () => {
  it.each(Object.entries(all))('%s renders and passes its play function', async (_name, Story) => {
    await Story.run();
    // Each story draws one of the cohort's parts, never an empty canvas.
    const parts =
      '.cohort, .swimmer-track, .swimmer-axis, .cohort-legend, .cohort-table, .cohort-controls, .compare-pick, .cohort-failed';
    expect(document.body.querySelectorAll(parts).length).toBeGreaterThan(0);
  });
});
