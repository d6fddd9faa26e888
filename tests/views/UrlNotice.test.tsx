// @vitest-environment jsdom
// A tampered link opens the default view for the parts it broke, and says so until dismissed.

import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { failOnConsoleError } from './failOnConsoleError.ts';
import { TimelinePanel } from '../../src/views/CasePage/TimelinePanel.tsx';
import { CASE_IDS, fixtureOkCase } from '../../src/views/fixtures/caseFixtures.ts';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});
failOnConsoleError();

async function panelAt(hash: string) {
  const { case: c, resolved: rc } = await fixtureOkCase(CASE_IDS.zhou);
  window.history.replaceState(null, '', hash);
  return render(<TimelinePanel c={c} rc={rc} />);
}

describe('the damaged-link notice', () => {
  it('names the parameters it set aside, keeps the good ones, and can be dismissed', async () => {
    const { container } = await panelAt(
      `#/case/${CASE_IDS.zhou}?v=1&view=table&sel=%3Cimg%20src%3Dx%3E&from=abc&to=9&evil=1`,
    );
    // The details sheet keeps a status line of its own for screen readers: take the notice's.
    const notice = screen.getAllByRole('status').find((el) => el.classList.contains('url-notice'))!;
    expect(notice).toBeDefined();
    // In the order the link gives them.
    expect([...notice.querySelectorAll('code')].map((c) => c.textContent)).toEqual([
      'sel',
      'from',
      'to',
      'evil',
    ]);
    expect(notice.textContent).toContain('The default view is shown for those parts.');
    // The sound part of the link (table view) still applies; nothing from the link became markup.
    expect(container.querySelector('.timeline-table, table')).not.toBeNull();
    expect(container.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(container.querySelector('.url-notice')).toBeNull();
  });

  it('shows nothing for a plain link or a link the app wrote', async () => {
    const { container } = await panelAt(`#/case/${CASE_IDS.zhou}?v=1&view=table`);
    expect(container.querySelector('.url-notice')).toBeNull();
    cleanup();
    const plain = await panelAt(`#/case/${CASE_IDS.zhou}`);
    expect(plain.container.querySelector('.url-notice')).toBeNull();
  });
});
