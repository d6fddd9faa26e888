import { memo } from 'react';
import { caseHref } from '../../app/router/index.ts';
import { ROW_PX, type CohortAxis, type CohortRow } from '../../core/cohort/index.ts';
import { CompareBox } from './CompareBox.tsx';
import { SwimmerTrack } from './SwimmerTrack.tsx';

/** Props of SwimmerRow. */
export interface SwimmerRowProps {
  /** The row to show. */
  row: CohortRow;
  /** The shared columns and scale of the chart. */
  axis: CohortAxis;
  /** Id prefix of the pattern defs. */
  defs: string;
  /** True when this row is picked for the comparison. */
  picked: boolean;
  /** True when two other rows are picked. */
  pickDisabled: boolean;
  /** Called when the compare box changes. */
  onPick: (id: string, checked: boolean) => void;
  /**
   * False while the row is far from the view in a long cohort: the track is an empty box of the
   * drawn track's size (so nothing moves when it is drawn), the label, facts and notes are there.
   */
  drawn?: boolean;
}

/** One patient: label (a link to the case), compare box, key facts, the track and its notes. */
export const SwimmerRow = memo(function SwimmerRow({
  row,
  axis,
  defs,
  picked,
  pickDisabled,
  onPick,
  drawn = true,
}: SwimmerRowProps) {
  return (
    <li className="swimmer-row" data-case-id={row.id} {...(drawn ? {} : { 'data-pending': '' })}>
      <div className="swimmer-row__head">
        <a className="swimmer-row__link" href={caseHref(row.id)} title={row.title}>
          {row.label}
        </a>
        <CompareBox
          id={row.id}
          label={row.label}
          checked={picked}
          disabled={pickDisabled}
          onToggle={onPick}
        />
        <span className="swimmer-row__facts">
          {row.text.target} · {row.text.crsShort}
        </span>
      </div>
      <div className="swimmer-row__track">
        {drawn ? (
          <SwimmerTrack row={row} axis={axis} defs={defs} />
        ) : (
          <div
            className="swimmer-track swimmer-track--pending"
            style={{ aspectRatio: `${axis.width} / ${ROW_PX}` }}
          />
        )}
        {row.notes.length > 0 && (
          <ul className="swimmer-row__notes">
            {row.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
});
