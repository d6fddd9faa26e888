import { useCallback, type KeyboardEvent } from 'react';
import { panU, zoomU, type URange } from '../model/windowMath.ts';

/** How much one + or − press zooms, and one arrow press pans (a fifth of the view). */
const ZOOM_STEP = 1.5;
const PAN_STEP = 0.2;

/**
 * Keyboard zoom and pan while the chart has focus: + and − zoom about the middle, ← and → pan,
 * 0 shows everything. Keys with Ctrl, Alt or Meta are left to the browser (Ctrl + is page zoom).
 */
export function useKeyboardZoom(
  window: URange,
  uMax: number,
  setWindow: (r: URange | null) => void,
): (e: KeyboardEvent) => void {
  return useCallback(
    (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey) return;
      let next: URange | null;
      switch (e.key) {
        case '+':
        case '=':
          next = zoomU(window, 1 / ZOOM_STEP, uMax);
          break;
        case '-':
        case '_':
          next = zoomU(window, ZOOM_STEP, uMax);
          break;
        case 'ArrowLeft':
          next = panU(window, -PAN_STEP, uMax);
          break;
        case 'ArrowRight':
          next = panU(window, PAN_STEP, uMax);
          break;
        case '0':
          next = null;
          break;
        default:
          return;
      }
      e.preventDefault();
      setWindow(next);
    },
    [window, uMax, setWindow],
  );
}
