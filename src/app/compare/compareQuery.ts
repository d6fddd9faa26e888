import { z } from '../../core/format/zod.ts';
import { ANCHOR_KINDS, type AnchorKind } from '../../core/compare/index.ts';
import type { LaneId } from '../../core/layout/types.ts';
import type { ViewWindow } from '../viewStore/viewState.ts';
import { laneList, parseWindow, windowEnds } from '../url/windowParams.ts';

/** Version of the comparison link; another version opens the default comparison of the named cases. */
export const COMPARE_QUERY_VERSION = '1';

/** Stacked panes on one axis (default), or two columns for wide screens. */
export type CompareLayout = 'stacked' | 'side';

/** Everything a comparison link carries. */
export interface CompareView {
  /** Entry id of the first case (top or left); null until the reader picks one. */
  a: string | null;
  /** Entry id of the second case. */
  b: string | null;
  /** What both cases are aligned on (day 0). */
  anchor: AnchorKind;
  /** How the panes are arranged. */
  layout: CompareLayout;
  /** True when zoom, pan and brush move both panes together. */
  lock: boolean;
  /** Visible window of each pane (the same in both while locked); null shows everything. */
  windows: [ViewWindow | null, ViewWindow | null];
  /** Lanes collapsed in both panes (lanes stay aligned, so they collapse together). */
  hidden: LaneId[];
}

/** The comparison a bare "#/compare" opens. */
export const DEFAULT_COMPARE: CompareView = {
  a: null,
  b: null,
  anchor: 'cart',
  layout: 'stacked',
  lock: true,
  windows: [null, null],
  hidden: [],
};

const id = z.string().max(200).optional().catch(undefined);
const end = z.string().max(40).optional().catch(undefined);
const RawQuery = z.object({
  v: z.string().optional().catch(undefined),
  a: id,
  b: id,
  anchor: z.enum(ANCHOR_KINDS).optional().catch(undefined),
  layout: z.enum(['stacked', 'side']).optional().catch(undefined),
  lock: z.enum(['0', '1']).optional().catch(undefined),
  from: end,
  to: end,
  bfrom: end,
  bto: end,
  hide: z.string().max(400).optional().catch(undefined),
});

/**
 * Reads a comparison from a link's query. Case ids not among `ids` are dropped (the picker then
 * asks); every other field falls back on its own, so a tampered link still opens. Never throws.
 */
export function parseCompareQuery(query: string, ids: ReadonlySet<string>): CompareView {
  const raw = RawQuery.parse(Object.fromEntries(new URLSearchParams(query)));
  const known = (x: string | undefined) => (x !== undefined && ids.has(x) ? x : null);
  const cases = { a: known(raw.a), b: known(raw.b) };
  if (raw.v !== COMPARE_QUERY_VERSION) return { ...DEFAULT_COMPARE, ...cases };
  const lock = raw.lock !== '0';
  const first = parseWindow(raw.from, raw.to);
  return {
    ...cases,
    anchor: raw.anchor ?? DEFAULT_COMPARE.anchor,
    layout: raw.layout ?? DEFAULT_COMPARE.layout,
    lock,
    windows: [first, lock ? first : parseWindow(raw.bfrom, raw.bto)],
    hidden: laneList(raw.hide),
  };
}

/** Writes a comparison as a link query, parameters in a fixed order so one view gives one link. */
export function formatCompareQuery(v: CompareView): string {
  const p = new URLSearchParams();
  p.set('v', COMPARE_QUERY_VERSION);
  if (v.a) p.set('a', v.a);
  if (v.b) p.set('b', v.b);
  if (v.anchor !== DEFAULT_COMPARE.anchor) p.set('anchor', v.anchor);
  if (v.layout !== DEFAULT_COMPARE.layout) p.set('layout', v.layout);
  if (!v.lock) p.set('lock', '0');
  const put = (w: ViewWindow | null, from: string, to: string) => {
    if (!w) return;
    const [f, t] = windowEnds(w);
    p.set(from, f);
    p.set(to, t);
  };
  put(v.windows[0], 'from', 'to');
  if (!v.lock) put(v.windows[1], 'bfrom', 'bto');
  if (v.hidden.length > 0) p.set('hide', v.hidden.join(','));
  return p.toString();
}
