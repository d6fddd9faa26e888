// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEmbedQuery } from '../../../src/app/embed/embedQuery.ts';
import { hashQuery } from '../../../src/app/url/hashQuery.ts';
import { ShareButton } from '../../../src/views/Share/ShareButton.tsx';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

const BASE = 'https://example.org/caselines/';
const QUERY = 'v=1&frame=rel%3Acart&from=-10&to=40&hide=plans';

function openDialog() {
  render(
    <ShareButton
      view="case"
      caseId="003-zhou"
      title="Zhou — CD7 CAR-T"
      query={QUERY}
      base={BASE}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Share / embed' }));
  return screen.getByRole('dialog', { name: 'Share or embed' });
}

const snippetOf = (dialog: HTMLElement) =>
  (within(dialog).getByLabelText('Embed code') as HTMLTextAreaElement).value;
/** The embed options the snippet's src carries. */
const optionsIn = (snippet: string) => {
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  return parseEmbedQuery(hashQuery(src.slice(BASE.length)));
};

describe('ShareButton', () => {
  it('opens a dialog with the permalink of the current view and moves focus into it', () => {
    const dialog = openDialog();
    expect(dialog.hasAttribute('open')).toBe(true);
    const link = within(dialog).getByLabelText('Link to this view') as HTMLInputElement;
    expect(link.value).toBe(`${BASE}#/case/003-zhou?${QUERY}`);
    expect(document.activeElement).toBe(link);
  });

  it('offers an iframe snippet with the embed address, a title attribute and a 960×540 size', () => {
    const snippet = snippetOf(openDialog());
    expect(snippet).toMatch(/^<iframe src="https:\/\/example\.org\/caselines\/#\/embed\?v=1&amp;/);
    expect(snippet).toContain('title="Caselines timeline: Zhou — CD7 CAR-T"');
    expect(snippet).toContain('width="960" height="540"');
    expect(snippet).toContain('style="border:0" loading="lazy"');
    const { options, inner, ignored } = optionsIn(snippet);
    expect(options).toMatchObject({ view: 'case', caseId: '003-zhou', theme: 'light' });
    expect(inner).toBe(QUERY);
    expect(ignored).toEqual([]);
  });

  it('changes the snippet and the preview as the options and size change', () => {
    const dialog = openDialog();
    const ui = within(dialog);
    fireEvent.change(ui.getByLabelText('Theme'), { target: { value: 'dark' } });
    fireEvent.click(ui.getByLabelText('Legend'));
    fireEvent.click(ui.getByLabelText('Title and source'));
    fireEvent.click(ui.getByLabelText(/^Still picture/));
    fireEvent.click(ui.getByLabelText(/^Presentation/));
    fireEvent.change(ui.getByLabelText('Frame size'), { target: { value: '2' } });
    const snippet = snippetOf(dialog);
    expect(snippet).toContain('width="1920" height="1080"');
    expect(optionsIn(snippet).options).toMatchObject({
      theme: 'dark',
      legend: false,
      title: false,
      still: true,
      preset: 'slide',
    });
    fireEvent.change(ui.getByLabelText(/^Text size/), { target: { value: '1.8' } });
    expect(optionsIn(snippetOf(dialog)).options.font).toBe(1.8);
    const preview = dialog.querySelector('iframe')!;
    expect(preview.getAttribute('src')).toBe(
      /src="([^"]+)"/.exec(snippetOf(dialog))![1]!.replace(/&amp;/g, '&'),
    );
    expect(preview.getAttribute('width')).toBe('1920');
    expect(preview.getAttribute('title')).toMatch(/^Preview: Caselines timeline/);
  });

  it('closes on Escape and on the close button, handing focus back to the button', () => {
    const dialog = openDialog();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(dialog.hasAttribute('open')).toBe(false);
    const button = screen.getByRole('button', { name: 'Share / embed' });
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  it('reads the view from the address when no query is given', () => {
    window.location.hash = '#/cohort?sort=crs&dir=asc';
    render(<ShareButton view="cohort" title="all cases" base={BASE} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share / embed' }));
    const link = screen.getByLabelText('Link to this view') as HTMLInputElement;
    expect(link.value).toBe(`${BASE}#/cohort?sort=crs&dir=asc`);
    window.location.hash = '';
  });
});
