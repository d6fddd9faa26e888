// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameChoices, layoutTimeline } from '../../../src/core/layout/index.ts';
import { CaseSummary } from '../../../src/views/CasePage/CaseSummary.tsx';
import { TimelinePanel } from '../../../src/views/CasePage/TimelinePanel.tsx';
import { DetailSheet, sheetSide } from '../../../src/views/DetailPanel/DetailSheet.tsx';
import { rowsInTimeOrder } from '../../../src/views/Timeline/TimelineTable.tsx';
import { lanesCount } from '../../../src/views/TimelineControls/LanesPopover.tsx';
import { CASE_IDS, fixtureOkCase } from '../../../src/views/fixtures/caseFixtures.ts';
import { failOnConsoleError } from '../failOnConsoleError.ts';

afterEach(cleanup);
failOnConsoleError();

const rect = (left: number, top: number) => ({ left, top, width: 10, height: 10 }) as DOMRect;

describe('sheetSide', () => {
  it('docks away from the mark: left/right on a wide screen, top/bottom on a narrow one', () => {
    expect(sheetSide(rect(100, 600), 1280, 720)).toBe('end');
    expect(sheetSide(rect(900, 100), 1280, 720)).toBe('start');
    expect(sheetSide(rect(300, 100), 390, 844)).toBe('end');
    expect(sheetSide(rect(300, 700), 390, 844)).toBe('start');
    expect(sheetSide(null, 1280, 720)).toBe('end');
  });
});

describe('DetailSheet', () => {
  async function sheet() {
    const { case: c, resolved: rc } = await fixtureOkCase(CASE_IDS.zhou);
    const onClose = vi.fn();
    function Harness() {
      const scope = useRef<HTMLDivElement>(null);
      const [key, setKey] = useState<string | null>(null);
      return (
        <>
          <div ref={scope}>
            <button type="button" data-mark="crs" onClick={() => setKey('crs')}>
              CRS
            </button>
          </div>
          <DetailSheet
            c={c}
            rc={rc}
            markKey={key}
            scope={scope}
            onClose={() => {
              onClose();
              setKey(null);
            }}
          />
        </>
      );
    }
    const view = render(<Harness />);
    const mark = screen.getByRole('button', { name: 'CRS' });
    mark.focus();
    fireEvent.click(mark);
    return { ...view, mark, onClose };
  }

  it('shows the details of the open mark and says so to screen readers', async () => {
    const { container } = await sheet();
    expect(container.querySelector('.detail-sheet .detail[data-detail="crs"]')).not.toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/^Details of .+ shown\. Escape/);
  });

  it('Escape closes it and puts focus back on the mark', async () => {
    const { container, mark, onClose } = await sheet();
    screen.getByRole('button', { name: 'Close details' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(container.querySelector('.detail-sheet')).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('leaves Escape to an open modal dialog (share) or to a handler that took it', async () => {
    const { onClose } = await sheet();
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    dialog.remove();
    const taken = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    taken.preventDefault();
    document.body.dispatchEvent(taken);
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('Lanes popover', () => {
  it('says how many lanes are shown', async () => {
    expect(lanesCount([{ hidden: false }, { hidden: false }])).toBe('2');
    expect(lanesCount([{ hidden: false }, { hidden: true }])).toBe('1 of 2');
    const { case: c, resolved: rc } = await fixtureOkCase(CASE_IDS.zhou);
    const { container } = render(<TimelinePanel c={c} rc={rc} urlSync={false} />);
    expect(container.querySelector('.lanes-popover summary')?.textContent).toBe('Lanes (8 shown)');
  });

  it('Escape closes the open list first, then an open detail sheet', async () => {
    const { case: c, resolved: rc } = await fixtureOkCase(CASE_IDS.zhou);
    const { container } = render(<TimelinePanel c={c} rc={rc} urlSync={false} />);
    fireEvent.click(container.querySelector('[data-mark="crs"]')!);
    const details = container.querySelector<HTMLDetailsElement>('.lanes-popover')!;
    const summary = details.querySelector('summary')!;
    fireEvent.click(summary);
    expect(details.open).toBe(true);
    fireEvent.keyDown(screen.getByRole('checkbox', { name: 'Toxicities' }), { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(summary);
    expect(container.querySelector('.detail[data-detail="crs"]')).not.toBeNull();
    fireEvent.keyDown(summary, { key: 'Escape' });
    expect(container.querySelector('.detail[data-detail]')).toBeNull();
  });
});

describe('rowsInTimeOrder', () => {
  it.each(Object.values(CASE_IDS))(
    '%s: every mark once, in resolved order across lanes, untimed facts last',
    async (id) => {
      const { case: c, resolved: rc } = await fixtureOkCase(id);
      const layout = layoutTimeline(c, rc, { frame: frameChoices(c, rc)[0]!.frame });
      const rows = rowsInTimeOrder(layout, rc);
      const marks = layout.lanes.flatMap((l) => l.marks);
      expect(rows).toHaveLength(marks.length + layout.unplaced.length);
      const timed = rows.slice(0, marks.length);
      const seq = timed.map((r) => r.sequence ?? Infinity);
      expect(seq).toEqual([...seq].sort((a, b) => a - b));
      expect(rows.slice(marks.length).map((r) => r.mark.key)).toEqual(
        layout.unplaced.map((m) => m.key),
      );
      for (const r of rows) expect(r.lane).toBeTruthy();
    },
  );

  it('Marina: rows leave lane order (a relapse before its later therapy, then a therapy)', async () => {
    const { case: c, resolved: rc } = await fixtureOkCase(CASE_IDS.marina);
    const layout = layoutTimeline(c, rc, { frame: frameChoices(c, rc)[0]!.frame });
    const lanes = rowsInTimeOrder(layout, rc).map((r) => r.lane);
    const laneOrder = layout.lanes.map((l) => l.title);
    const byLane = [...lanes].sort((a, b) => laneOrder.indexOf(a) - laneOrder.indexOf(b));
    expect(lanes).not.toEqual(byLane);
  });
});

describe('CaseSummary', () => {
  it('offers the whole summary only when two lines cut it, and says whether it is open', () => {
    const tall = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(120);
    const short = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(44);
    try {
      const { container } = render(<CaseSummary text="A long summary." />);
      const more = screen.getByRole('button', { name: 'Show the whole summary' });
      expect(more.getAttribute('aria-expanded')).toBe('false');
      expect(container.querySelector('.case__summary--clamped')).not.toBeNull();
      fireEvent.click(more);
      expect(more.getAttribute('aria-expanded')).toBe('true');
      expect(more.textContent).toBe('Show less');
      expect(container.querySelector('.case__summary--clamped')).toBeNull();
    } finally {
      tall.mockRestore();
      short.mockRestore();
    }
    cleanup();
    render(<CaseSummary text="Short." />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
