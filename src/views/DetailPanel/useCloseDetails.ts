import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { markElement } from './markElement.ts';

/**
 * How an opened mark's details close, wherever they are shown (the page's sheet, an embed's
 * panel): Escape or the returned function closes them and puts focus back on the mark that opened
 * them, without scrolling (or on what had focus, if the mark is gone). A modal dialog over them
 * (share) takes Escape for itself.
 */
export function useCloseDetails(
  markKey: string | null,
  onClose: () => void,
  scope: RefObject<HTMLElement | null>,
): () => void {
  // The focused element when the details opened: where focus goes back if the mark is gone.
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  useLayoutEffect(() => {
    if (!markKey) return;
    const active = document.activeElement;
    const inside = active instanceof Element && scope.current?.contains(active);
    opener.current = inside
      ? (active as HTMLElement | SVGElement)
      : markElement(scope.current, markKey);
  }, [markKey, scope]);

  const close = useCallback(() => {
    const back = (markKey && markElement(scope.current, markKey)) || opener.current;
    onClose();
    if (back?.isConnected) back.focus({ preventScroll: true });
  }, [markKey, onClose, scope]);

  useEffect(() => {
    if (!markKey) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [markKey, close]);
  return close;
}
