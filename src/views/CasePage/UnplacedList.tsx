import type { Case } from '../../core/format/index.ts';
import type { Mark } from '../../core/layout/types.ts';
import { markKind } from '../Timeline/model/markText.ts';

/** Props of UnplacedList. */
export interface UnplacedListProps {
  /** The case. */
  c: Case;
  /** Marks with no time and no order (layout.unplaced). */
  marks: readonly Mark[];
  /** Opens a mark's details. */
  onOpen: (key: string) => void;
}

/** Facts the source gives no time for: listed under the chart, never drawn at an invented time. */
export function UnplacedList({ c, marks, onOpen }: UnplacedListProps) {
  if (marks.length === 0) return null;
  return (
    <div className="unplaced">
      <p className="unplaced__title">Time not reported (not on the axis):</p>
      <ul className="unplaced__list">
        {marks.map((m) => (
          <li key={m.key}>
            <button type="button" className="link-button" onClick={() => onOpen(m.key)}>
              {markKind(c, m)}: {m.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
