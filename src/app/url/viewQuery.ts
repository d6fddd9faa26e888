import { z } from '../../core/format/zod.ts';
import { DEFAULT_LANE_ORDER, type Frame, type LaneId } from '../../core/layout/types.ts';
import { defaultViewState, type ViewState } from '../viewStore/viewState.ts';
import { laneList, parseWindow, windowEnds } from './windowParams.ts';

/** Version of the view query; a link with another version opens the default view. */
export const VIEW_QUERY_VERSION = '1';

/** What a query is checked against: the case's frames (first is the default) and selectable keys. */
export interface ViewQueryContext {
  /** Frame choices of the case, default first. */
  frames: readonly Frame[];
  /** Keys a selection may name (marks of the case). */
  keys: ReadonlySet<string>;
}

// Each field falls back on its own: one tampered value never throws away the rest of the link.
const field = (re: RegExp) => z.string().max(400).regex(re).optional().catch(undefined);
const RawQuery = z.object({
  v: z.string().optional().catch(undefined),
  frame: field(/^(cal|rel:[a-z0-9][a-z0-9-]*)$/),
  from: field(/^u?-?[\d.]+$/),
  to: field(/^u?-?[\d.]+$/),
  hide: field(/^[a-z,]*$/),
  order: field(/^[a-z,]*$/),
  sel: field(/^[a-z0-9][a-z0-9-]*(\[\d{1,6}\])?$/),
  view: z.enum(['chart', 'table']).optional().catch(undefined),
});

/** "cal" or "rel:<anchor>", the frame's spelling in a link. */
export function frameParam(f: Frame): string {
  return f.mode === 'calendar' ? 'cal' : `rel:${f.anchor ?? ''}`;
}

/** Lanes in the given order first, then every lane the link left out, in default order. */
function laneOrder(s: string | undefined): LaneId[] {
  const given = laneList(s);
  return [...given, ...DEFAULT_LANE_ORDER.filter((l) => !given.includes(l))];
}

/**
 * Reads a view from a URL query ("v=1&frame=rel:cart&from=-30&to=90&hide=plans&sel=crs").
 * Anything unknown, malformed or not in this case falls back to its default; never throws.
 */
export function parseViewQuery(query: string, ctx: ViewQueryContext): ViewState {
  const fallback = ctx.frames[0] ?? { mode: 'calendar', anchor: null };
  const base = defaultViewState(fallback);
  const params = Object.fromEntries(new URLSearchParams(query));
  const raw = RawQuery.parse(params);
  if (raw.v !== VIEW_QUERY_VERSION) return base;
  const named = ctx.frames.find((f) => frameParam(f) === raw.frame);
  // A window belongs to its frame: days of a frame this case lacks would show the wrong stretch.
  const frameOk = raw.frame === undefined || named !== undefined;
  return {
    frame: named ?? fallback,
    window: frameOk ? parseWindow(raw.from, raw.to) : null,
    hidden: laneList(raw.hide),
    order: laneOrder(raw.order),
    selected: raw.sel !== undefined && ctx.keys.has(raw.sel) ? raw.sel : null,
    table: raw.view === 'table',
  };
}

/**
 * Writes a view as a URL query; the default view writes "" so a plain case link stays plain.
 * Parameters appear in a fixed order, so the same view always gives the same link.
 */
export function formatViewQuery(s: ViewState, ctx: ViewQueryContext): string {
  const def = defaultViewState(ctx.frames[0] ?? { mode: 'calendar', anchor: null });
  const p = new URLSearchParams();
  p.set('v', VIEW_QUERY_VERSION);
  p.set('frame', frameParam(s.frame));
  if (s.window) {
    const [from, to] = windowEnds(s.window);
    p.set('from', from);
    p.set('to', to);
  }
  if (s.hidden.length > 0) p.set('hide', s.hidden.join(','));
  if (s.order.join() !== def.order.join()) p.set('order', s.order.join(','));
  if (s.selected) p.set('sel', s.selected);
  if (s.table) p.set('view', 'table');
  const q = p.toString();
  const plain = new URLSearchParams({ v: VIEW_QUERY_VERSION, frame: frameParam(def.frame) });
  return q === plain.toString() ? '' : q;
}
