import { DEFAULT_LANE_ORDER } from '../../core/layout/types.ts';
import {
  frameParam,
  parseViewQuery,
  VIEW_QUERY_VERSION,
  type ViewQueryContext,
} from './viewQuery.ts';

const KNOWN = new Set(['v', 'frame', 'from', 'to', 'hide', 'order', 'sel', 'view']);
const LANES = new Set<string>(DEFAULT_LANE_ORDER);

/**
 * Names of the parameters of a view query that parseViewQuery did not honour (unknown,
 * malformed, or naming something this case lacks), in the order they appear. Empty when the link
 * was used as written. Lets the page tell the reader that a link was changed or damaged, instead
 * of silently showing another view than the one it promised.
 */
export function ignoredViewParams(query: string, ctx: ViewQueryContext): string[] {
  const params = [...new URLSearchParams(query)].filter(([k, v]) => k !== '' || v !== '');
  if (params.length === 0) return [];
  const names = [...new Set(params.map(([k]) => k))];
  const last = new Map(params);
  // Another version (or none) means the whole link was set aside.
  if (last.get('v') !== VIEW_QUERY_VERSION) return names;
  const s = parseViewQuery(query, ctx);
  const dropped = (name: string, value: string): boolean => {
    switch (name) {
      case 'v':
        return false;
      case 'frame':
        return frameParam(s.frame) !== value;
      case 'from':
      case 'to':
        return s.window === null;
      case 'hide':
        return listDropped(value, s.hidden);
      case 'order':
        return listDropped(value, s.order);
      case 'sel':
        return s.selected !== value;
      case 'view':
        return value !== 'chart' && value !== 'table';
      default:
        return !KNOWN.has(name);
    }
  };
  return names.filter((n) => dropped(n, last.get(n) ?? ''));
}

/** True when a comma list named something not kept (an unknown lane, a repeat). */
function listDropped(value: string, kept: readonly string[]): boolean {
  const items = value.split(',').filter((x) => x !== '');
  return (
    items.some((x) => !LANES.has(x) || !kept.includes(x)) || new Set(items).size < items.length
  );
}
