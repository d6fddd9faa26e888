import { useLayoutEffect } from 'react';
import { endPrerender } from './prerender.ts';

/**
 * Ends the picture once the calling component has committed: on a case page, after its chart
 * (a child, whose effects run first) has drawn; where `when` is false, not yet. A layout effect,
 * so no frame ever shows the picture's page and the live one together.
 */
export function useEndPrerender(when = true): void {
  useLayoutEffect(() => {
    if (when) endPrerender();
  }, [when]);
}
