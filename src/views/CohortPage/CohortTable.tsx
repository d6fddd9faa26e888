import { caseHref } from '../../app/router/index.ts';
import type { CohortRow } from '../../core/cohort/index.ts';
import { CompareBox } from './CompareBox.tsx';

/** Props of CohortTable. */
export interface CohortTableProps {
  /** Rows in display order. */
  rows: readonly CohortRow[];
  /** Ids picked for the comparison. */
  picked: readonly string[];
  /** Called when a compare box changes. */
  onPick: (id: string, checked: boolean) => void;
}

/** The same facts as the chart, as a table: every marker with its place and stated time. */
export function CohortTable({ rows, picked, onPick }: CohortTableProps) {
  return (
    <div className="table-scroll">
      <table className="cohort-table">
        <caption>
          One row per patient, aligned at the first CAR-T infusion (day 0); events in their order.
        </caption>
        <thead>
          <tr>
            <th scope="col">Patient</th>
            <th scope="col">Compare</th>
            <th scope="col">Disease</th>
            <th scope="col">CAR target</th>
            <th scope="col">Maximum CRS</th>
            <th scope="col">Follow-up</th>
            <th scope="col">Events (from the first infusion; as stated)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-case-id={r.id}>
              <th scope="row">
                <a href={caseHref(r.id)}>{r.label}</a>
              </th>
              <td>
                <CompareBox
                  id={r.id}
                  label={r.label}
                  checked={picked.includes(r.id)}
                  disabled={picked.length >= 2 && !picked.includes(r.id)}
                  onToggle={onPick}
                />
              </td>
              <td>{r.text.disease}</td>
              <td>{r.text.target}</td>
              <td>{r.text.crs}</td>
              <td>
                {r.text.followUp}
                {r.ongoing ? '; response ongoing' : ''}
              </td>
              <td>
                <ol className="cohort-table__events">
                  {r.markers.map((m) => (
                    <li key={m.eventId} data-marker={m.eventId}>
                      <strong>{m.label}</strong>: {m.placed}; as stated: {m.stated}
                      {m.derived ? ' (derived, not stated)' : ''}
                    </li>
                  ))}
                </ol>
                {r.notes.map((n) => (
                  <p key={n} className="cohort-table__note">
                    {n}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
