import { z } from 'zod';
import { DEFAULT_LANE_ORDER, type Frame, type LaneId } from '../../core/layout/types.ts';
import { defaultViewState, type ViewState, type ViewWindow } from '../viewStore/viewState.ts';

/** Version of the view query; a link with another version opens the default view. */
export const VIEW_QUERY_VERSION = '1';

/** What a query is checked against: the case's frames (first is the default) and selectable keys. */
export interface ViewQueryContext {
  /** Frame choices of the case, default first. */
  frames: readonly Frame[];
  /** Keys a selection may name (marks of the case). */
  keys: ReadonlySet<string>;
}

const NUMBER = /^-?\d{1,9}(\.\d{1,6})?$/;
const U_NUMBER = /^u\d{1,9}(\.\d{1,6})?$/;
const LANES = new Set<string>(DEFAULT_LANE_ORDER);

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

function parseWindow(from: string | undefined, to: string | undefined): ViewWindow | null {
  if (from === undefined || to === undefined) return null;
  const unit = U_NUMBER.test(from) && U_NUMBER.test(to) ? 'u' : 'day';
  if (unit === 'day' && !(NUMBER.test(from) && NUMBER.test(to))) return null;
  const a = Number(unit === 'u' ? from.slice(1) : from);
  const b = Number(unit === 'u' ? to.slice(1) : to);
  return Number.isFinite(a) && Number.isFinite(b) && a < b ? { unit, from: a, to: b } : null;
}

const laneList = (s: string | undefined): LaneId[] =>
  [...new Set((s ?? '').split(',').filter((l) => LANES.has(l)))] as LaneId[];

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

const num = (n: number) => String(Math.round(n * 100) / 100);

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
    const u = s.window.unit === 'u' ? 'u' : '';
    p.set('from', u + num(s.window.from));
    p.set('to', u + num(s.window.to));
  }
  if (s.hidden.length > 0) p.set('hide', s.hidden.join(','));
  if (s.order.join() !== def.order.join()) p.set('order', s.order.join(','));
  if (s.selected) p.set('sel', s.selected);
  if (s.table) p.set('view', 'table');
  const q = p.toString();
  const plain = new URLSearchParams({ v: VIEW_QUERY_VERSION, frame: frameParam(def.frame) });
  return q === plain.toString() ? '' : q;
}
