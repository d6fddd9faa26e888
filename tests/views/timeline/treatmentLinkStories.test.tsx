// @vitest-environment jsdom
import { composeStories } from '@storybook/react-vite';
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as stories from '../../../src/views/Timeline/TreatmentLinks.stories.tsx';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

describe('treatment link stories', () => {
  it.each(Object.entries(composeStories(stories)))(
    '%s renders its links and passes its play function',
    async (_name, Story) => {
      await Story.run();
      expect(document.body.querySelectorAll('.treatment-link')).toHaveLength(2);
    },
  );

  it('CrsSelected makes both of the CRS links stand out', async () => {
    await composeStories(stories).CrsSelected.run();
    expect(document.body.querySelectorAll('.treatment-link--selected')).toHaveLength(2);
  });
});
