import { useId } from 'react';

/**
 * An id prefix for SVG defs (patterns, clip paths) unique to this component: React's ids hold
 * characters such as ":" that break `url(#…)` references, so only safe ones are kept.
 */
export function useDefsId(prefix = ''): string {
  return `${prefix}${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}
