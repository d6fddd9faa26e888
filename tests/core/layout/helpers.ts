import type { Case } from '../../../src/core/format/index.ts';
import { buildAxis, placeNodes, type Frame, type Segment } from '../../../src/core/layout/index.ts';
import { resolveCase } from '../../../src/core/time/resolve.ts';

export const CAL: Frame = { mode: 'calendar', anchor: null };

/** The axis of a test case in a frame, with its resolved case and places. */
export function axisOf(c: Case, frame: Frame = CAL, threshold?: number) {
  const rc = resolveCase(c);
  const places = placeNodes(rc, frame, c);
  return { rc, places, axis: buildAxis(rc, places, frame, threshold) };
}

/** Segment kinds in u order, e.g. ['order', 'time', 'break', 'time']. */
export const kinds = (segments: Segment[]) => segments.map((s) => s.kind);
