import type { Case } from '../../core/format/index.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { describeTime } from '../../core/time/describe.ts';

/** Props of TimeText. */
export interface TimeTextProps {
  /** The case the node belongs to. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
  /** Node key: an event id, "<id>#end", or "<seriesId>[<i>]". */
  nodeKey: string;
}

/**
 * A node's time twice: as the resolver places it ("≈ Jul 2025") and as the source words it
 * ("about 3 months after the transplant"), so a reader can check one against the other.
 */
export function TimeText({ c, rc, nodeKey }: TimeTextProps) {
  const t = describeTime(c, rc, nodeKey);
  return (
    <span className={`time time--${t.placement}`}>
      <span className="time__resolved">{t.resolved}</span>
      <span className="time__stated">{t.stated}</span>
    </span>
  );
}
