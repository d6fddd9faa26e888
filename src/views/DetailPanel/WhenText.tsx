import type { Case } from '../../core/format/index.ts';
import { describeTime } from '../../core/time/describe.ts';
import type { ResolvedCase } from '../../core/time/types.ts';

/** Props of WhenText. */
export interface WhenTextProps {
  /** The case. */
  c: Case;
  /** Its resolved times. */
  rc: ResolvedCase;
  /** Node key: an event id, "<id>#end", or a point key. */
  nodeKey: string;
  /** Term shown before the time ("When", "From", "Until"). */
  label: string;
}

/** A time twice, as the resolver places it and as the source words it. */
export function WhenText({ c, rc, nodeKey, label }: WhenTextProps) {
  const t = describeTime(c, rc, nodeKey);
  return (
    <dl className="detail__when">
      <div>
        <dt>{label}</dt>
        <dd>
          <span className="time__resolved">{t.resolved}</span>{' '}
          <span className="time__stated">as stated: {t.stated}</span>
        </dd>
      </div>
    </dl>
  );
}
