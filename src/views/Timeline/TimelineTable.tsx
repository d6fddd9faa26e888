import type { Mark } from '../../core/layout/types.ts';
import { describeTime } from '../../core/time/describe.ts';
import { SourceRef } from '../Provenance/SourceRef.tsx';
import { markKind, markValue } from './model/markText.ts';
import { provenanceOf } from './model/provenanceOf.ts';
import type { TimelineModel } from './model/useTimelineModel.ts';

/** Props of TimelineTable. */
export interface TimelineTableProps {
  /** The timeline whose marks are listed. */
  model: TimelineModel;
}

/**
 * The chart's content as an accessible table: one row per mark, lane by lane in the chart's order
 * and then the facts with no time, with the time as resolved and as stated, the grade or value and
 * the source. Each row can open the same details as the mark.
 */
export function TimelineTable({ model }: TimelineTableProps) {
  const { layout, c } = model;
  const rows: Array<{ lane: string; mark: Mark }> = [
    ...layout.lanes.flatMap((l) =>
      [...l.marks].sort((a, b) => a.u.at - b.u.at).map((mark) => ({ lane: l.title, mark })),
    ),
    ...layout.unplaced.map((mark) => ({ lane: 'Time not reported', mark })),
  ];
  return (
    <div className="table-scroll timeline-table">
      <table className="points">
        <caption>Every mark of the timeline, lane by lane ({rows.length} rows)</caption>
        <thead>
          <tr>
            <th scope="col">Lane</th>
            <th scope="col">What</th>
            <th scope="col">When (as placed)</th>
            <th scope="col">As stated</th>
            <th scope="col">Grade or value</th>
            <th scope="col">Source</th>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ lane, mark: m }) => {
            const t = describeTime(c, model.rc, m.key);
            const prov = provenanceOf(c, m.key);
            return (
              <tr key={m.key} data-mark-row={m.key} className={m.plan ? 'row--plan' : undefined}>
                <td>{lane}</td>
                <th scope="row">
                  <span className="timeline-table__kind">{markKind(c, m)}</span>{' '}
                  {m.seriesId ? '' : m.label}
                  {m.plan && <span className="tag tag--plan">planned, not an event</span>}
                </th>
                <td>{t.resolved}</td>
                <td>{t.stated}</td>
                <td>{markValue(c, m)}</td>
                <td>{prov && <SourceRef provenance={prov} sources={c.sources} />}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => model.select(m.key)}>
                    Details<span className="visually-hidden">: {m.label}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {(layout.figureOnly ?? []).length > 0 && (
        <p className="timeline-table__figures">
          Shown in the source only as a figure, values not reported:{' '}
          {layout.figureOnly!.map((f) => f.label).join('; ')}.
        </p>
      )}
    </div>
  );
}
