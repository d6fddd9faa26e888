// How the resolver reads one time of a draft, in the words the case page uses (core/time's
// describeTime), so the curator sees the reading beside the source's own words while typing.
import type { Case, TimeSpec } from '../format/index.ts';
import { TimeSpec as TimeSpecSchema } from '../format/index.ts';
import { describeTime, resolveCase, statedWords } from '../time/index.ts';
import { timeNodes } from '../time/nodes.ts';
import { setAt } from './ops.ts';
import { pathText, type Path } from './path.ts';

/** A draft time in words: the source's as written in the file, and the resolver's reading if placed. */
export interface TimeReading {
  /** The time as the file states it, with the source's own words ("day 13 after …" ("day 13")). */
  stated: string;
  /** Where the resolver places it ("14 Jul 2025", "days 0–31 after …"), null for a time it does not place. */
  resolved: string | null;
}

/**
 * The reading of the time at `path` (e.g. ["events", 2, "time"]) with `spec` put into `base`, the
 * last version of the draft that resolved. Null when the spec is not yet a well-formed time or
 * the case with it does not resolve (the validator then says why).
 */
export function readTime(base: Case, path: Path, spec: unknown): TimeReading | null {
  const parsed = TimeSpecSchema.safeParse(spec);
  if (!parsed.success) return null;
  const time = parsed.data as TimeSpec;
  const c = setAt(base, path, time) as Case;
  try {
    const at = pathText(path);
    const node = timeNodes(c).find((n) => n.path === at);
    // Times that are not on the timeline (the age's "at") are read as stated only.
    if (!node) return { stated: statedWords(c, time), resolved: null };
    const words = describeTime(c, resolveCase(c), node.key, time);
    return { stated: words.stated, resolved: words.resolved };
  } catch {
    // A half-built case can point at events that are not there yet; the validator names them.
    return null;
  }
}
