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
   * False while the row is far from the view in a long cohort: the row holds its label and facts
   * and an empty box of the track's size; its track, compare box and notes come when it is drawn.
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
  const link = (
    <a className="swimmer-row__link" href={caseHref(row.id)} title={row.title}>
      {row.label}
    </a>
  );
  const facts = (
    <span className="swimmer-row__facts">
      {row.text.target} · {row.text.crsShort}
    </span>
  );
  // Hundreds of rows wait off screen: each is kept to a few elements until it is drawn.
  if (!drawn)
    return (
      <li className="swimmer-row" data-case-id={row.id} data-pending="">
        <div className="swimmer-row__head">
          {link}
          {facts}
        </div>
        <div className="swimmer-row__track">
          <div
            className="swimmer-track swimmer-track--pending"
            style={{ aspectRatio: `${axis.width} / ${ROW_PX}` }}
          />
        </div>
      </li>
    );
  return (
    <li className="swimmer-row" data-case-id={row.id}>
      <div className="swimmer-row__head">
        {link}
        <CompareBox
          id={row.id}
          label={row.label}
          checked={picked}
          disabled={pickDisabled}
          onToggle={onPick}
        />
        {facts}
      </div>
      <div className="swimmer-row__track">
        <SwimmerTrack row={row} axis={axis} defs={defs} />
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
