import type { Case } from '../../core/format/index.ts';
import { frameChoices } from '../../core/layout/index.ts';
import { pointKey } from '../../core/time/nodes.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import type { ViewQueryContext } from '../url/viewQuery.ts';

/**
 * What a case's view query is checked against: its frames (default first) and the keys a
 * selection may name. The same context the case page builds, so an embed reads a case link's
 * view parameters exactly as the case page does.
 */
export function viewQueryContext(c: Case, rc: ResolvedCase): ViewQueryContext {
  return {
    frames: frameChoices(c, rc).map((ch) => ch.frame),
    keys: new Set([
      ...c.events.map((e) => e.id),
      ...c.measurements.flatMap((s) => s.points.map((_, i) => pointKey(s.id, i))),
    ]),
  };
}
