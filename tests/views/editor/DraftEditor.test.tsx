// @vitest-environment jsdom
// The editor's form on a copy of Zhou, wired to the real store and validator: fields show the
// file's values, problems appear at their fields and focus them, the time builder writes the
// format's time and shows the resolver's reading, and undo restores the file byte for byte.
// One render for all of it: the whole form and its preview chart are costly in jsdom.
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftText, useEditorStore } from '../../../src/app/editor/index.ts';
import { DraftEditor } from '../../../src/views/Editor/DraftEditor.tsx';
import { failOnConsoleError } from '../failOnConsoleError.ts';

const ZHOU = readFileSync('public/data/cases/003-zhou.json', 'utf8');
const field = (path: string) => document.getElementById(`field:${path}`) as HTMLInputElement;

beforeEach(() => {
  localStorage.clear();
  useEditorStore.setState({ drafts: {}, storageNote: null });
  // jsdom lays nothing out; focusing a field also scrolls it into view in a browser.
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);
failOnConsoleError();

describe('DraftEditor on a copy of Zhou', () => {
  it('shows the file, puts problems at their fields, builds times, and undoes to the same bytes', async () => {
    const id = useEditorStore.getState().create(JSON.parse(ZHOU), '003-zhou');
    const text = () => draftText(useEditorStore.getState().drafts[id]!);
    render(<DraftEditor draftId={id} />);
    expect(field('title').value).toBe(JSON.parse(ZHOU).title);
    expect(field('patient.age.years').value).toBe('34');
    expect(text()).toBe(ZHOU);
    await screen.findByText('No problems: this file passes the validator.');

    // A problem as you type: at its field (read out with it) and in the list, whose path focuses it.
    fireEvent.change(field('patient.age.years'), { target: { value: '3x' } });
    const list = screen.getByRole('region', { name: 'Validator' });
    const go = await within(list).findByRole('button', { name: 'patient.age.years' });
    expect(document.getElementById('field:patient.age.years-problems')?.textContent).toMatch(
      /expected a whole number/,
    );
    expect(field('patient.age.years').getAttribute('aria-describedby')).toContain(
      'field:patient.age.years-problems',
    );
    fireEvent.click(go);
    expect(document.activeElement).toBe(field('patient.age.years'));
    act(() => useEditorStore.getState().undo(id));
    expect(text()).toBe(ZHOU);

    // The time builder: Zhou's CRS, known only as after the infusion, made day 2 after it.
    const crs = 'events[7].time';
    fireEvent.change(field(`${crs}.kind`), { target: { value: 'offset' } });
    fireEvent.change(field(`${crs}.amount`), { target: { value: '2' } });
    fireEvent.change(field(`${crs}.from`), { target: { value: 'cart' } });
    const doc = useEditorStore.getState().drafts[id]!.doc as { events: Array<{ time: unknown }> };
    expect(doc.events[7]!.time).toEqual({ kind: 'offset', from: 'cart', amount: 2, unit: 'day' });
    await waitFor(() =>
      expect(field(crs).querySelector('[data-reading]')?.textContent).toMatch(/^day 2 after /),
    );
  });
});
