import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Case } from '../../core/format/index.ts';
import type { ResolvedCase } from '../../core/time/index.ts';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary.tsx';
import { targetOf } from '../Timeline/model/provenanceOf.ts';
import { DetailPanel } from './DetailPanel.tsx';
import { markElement } from './markElement.ts';
import { useCloseDetails } from './useCloseDetails.ts';

/** Props of DetailSheet. */
export interface DetailSheetProps {
  /** The case. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
  /** Key of the open mark; nothing is shown for null. */
  markKey: string | null;
  /** Closes the details (clears the selection). */
  onClose: () => void;
  /** The element holding the chart or table whose mark opened the sheet; focus returns there. */
  scope: RefObject<HTMLElement | null>;
}

/** Which edge the sheet docks to: the far side from the mark, so the mark stays in sight. */
export type SheetSide = 'start' | 'end';

/** Below this width the sheet docks to the top or bottom edge instead of the left or right. */
const NARROW_PX = 768;

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/**
 * The side the sheet takes for a mark at `rect` in a `width` × `height` viewport: on a wide screen
 * the right edge unless the mark is in the right half; on a narrow one the bottom edge unless the
 * mark is in the lower half.
 */
export function sheetSide(rect: DOMRect | null, width: number, height: number): SheetSide {
  if (!rect) return 'end';
  if (width < NARROW_PX) return rect.top + rect.height / 2 > height / 2 ? 'start' : 'end';
  return rect.left + rect.width / 2 > width / 2 ? 'start' : 'end';
}

/**
 * The details of the open mark in a sheet over the page: it never pushes the chart down nor
 * scrolls the page, and docks to the side away from the mark. Escape or the close button closes
 * it and puts focus back on the mark that opened it (without scrolling).
 */
export function DetailSheet({ c, rc, markKey, onClose, scope }: DetailSheetProps) {
  const sheet = useRef<HTMLDivElement>(null);
  const close = useCloseDetails(markKey, onClose, scope);

  useLayoutEffect(() => {
    if (!markKey) return;
    const mark = markElement(scope.current, markKey);
    const el = sheet.current;
    if (!el) return;
    // Set on the element before paint, so the sheet never shows on the wrong side first.
    // The glyph (its focus ring), not the whole mark: a label or whisker may reach far to one side.
    const glyph = mark?.querySelector('.mark__focus, .glyph__shape') ?? mark;
    el.dataset.side = sheetSide(
      glyph?.getBoundingClientRect() ?? null,
      window.innerWidth,
      window.innerHeight,
    );
    // Level with the top of the chart when that is on screen, not over the page header.
    const top = scope.current?.getBoundingClientRect().top ?? 0;
    el.style.setProperty('--sheet-top', `${Math.round(clamp(top, 12, window.innerHeight / 4))}px`);
  }, [markKey, scope]);

  const target = markKey ? targetOf(c, markKey) : null;
  const name = target?.kind === 'event' ? target.event.label : target?.series.label;
  return (
    <>
      {/* Focus stays on the mark, so the opening is said here. */}
      <p className="visually-hidden" role="status">
        {name ? `Details of ${name} shown. Escape closes them.` : ''}
      </p>
      {markKey && (
        <div className="detail-sheet" ref={sheet}>
          <ErrorBoundary key={markKey} what="the detail panel">
            <DetailPanel c={c} rc={rc} markKey={markKey} onClose={close} />
          </ErrorBoundary>
        </div>
      )}
    </>
  );
}
