// How the resolver reads one time of a draft, in the words the case page uses (core/time's
// describeTime), so the curator sees the reading beside the source's own words while typing.
import type { Case, TimeSpec } from '../format/index.ts';
import { TimeSpec as TimeSpecSchema } from '../format/index.ts';
import { describeTime, resolveCase } from '../time/index.ts';
import type { TimeWords } from '../time/describe.ts';
import { setAt } from './ops.ts';
import type { Path } from './path.ts';

/**
 * The reading of the time at `path` (e.g. ["events", 2, "time"]) under node `key`, with `spec` put
 * into `base`, the last version of the draft that resolved. Null when the spec is not yet a
 * well-formed time or the case with it no longer resolves (the validator then says why).
 */
export function readTime(base: Case, path: Path, key: string, spec: unknown): TimeWords | null {
  const parsed = TimeSpecSchema.safeParse(spec);
  if (!parsed.success) return null;
  const c = setAt(base, path, parsed.data) as Case;
  try {
    return describeTime(c, resolveCase(c), key, parsed.data as TimeSpec);
  } catch {
    // A half-built case can point at events that are not there yet; the validator names them.
    return null;
  }
}
