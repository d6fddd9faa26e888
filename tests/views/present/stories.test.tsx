// @vitest-environment jsdom
import { composeStories } from '@storybook/react-vite';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as stories from '../../../src/views/Present/Present.stories.tsx';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

const all = composeStories(stories);

describe('Present stories', () => {
  it.each(Object.entries(all))('%s renders', async (_name, Story) => {
    await Story.run();
    expect(document.body.querySelectorAll('.present, .present-button').length).toBeGreaterThan(0);
  });

  it('the case story steps to another case with →, and Escape says where it returns', async () => {
    await all.CaseZhou.run();
    const title = () => document.querySelector('.embed__title')?.textContent;
    const first = title();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(
      await screen.findByText(
        (_t, el) => el?.className === 'embed__title' && el.textContent !== first,
      ),
    ).toBeTruthy();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getByRole('status').textContent).toMatch(/#\/case\//);
  });
});
