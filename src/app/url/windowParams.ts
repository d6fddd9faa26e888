import { DEFAULT_LANE_ORDER, type LaneId } from '../../core/layout/types.ts';
import type { ViewWindow } from '../viewStore/viewState.ts';

// Pieces of a view link shared by the case page and the comparison: windows and lane lists.

const NUMBER = /^-?\d{1,9}(\.\d{1,6})?$/;
const U_NUMBER = /^u\d{1,9}(\.\d{1,6})?$/;
const LANES = new Set<string>(DEFAULT_LANE_ORDER);

/** Reads a window from its two ends ("-30", "90" in days; "u12.5", "u40" in axis u); null if unusable. */
export function parseWindow(from: string | undefined, to: string | undefined): ViewWindow | null {
  if (from === undefined || to === undefined) return null;
  const unit = U_NUMBER.test(from) && U_NUMBER.test(to) ? 'u' : 'day';
  if (unit === 'day' && !(NUMBER.test(from) && NUMBER.test(to))) return null;
  const a = Number(unit === 'u' ? from.slice(1) : from);
  const b = Number(unit === 'u' ? to.slice(1) : to);
  return Number.isFinite(a) && Number.isFinite(b) && a < b ? { unit, from: a, to: b } : null;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** A window's two ends as written in a link (two decimals; "u" before axis-u values). */
export function windowEnds(w: ViewWindow): [string, string] {
  const u = w.unit === 'u' ? 'u' : '';
  return [u + num(w.from), u + num(w.to)];
}

/** Known lane ids from a comma list, each once, unknown ones dropped. */
export const laneList = (s: string | undefined): LaneId[] =>
  [...new Set((s ?? '').split(',').filter((l) => LANES.has(l)))] as LaneId[];
