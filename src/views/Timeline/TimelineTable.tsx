import { LANE_TITLES, type Mark, type TimelineLayout } from '../../core/layout/index.ts';
import type { ResolvedCase } from '../../core/time/index.ts';
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

/** One row of the table: a mark, its lane's title, and its place in the resolved order. */
export interface TableRow {
  /** The mark. */
  mark: Mark;
  /** Title of the lane it is drawn in. */
  lane: string;
  /** Position in the case's resolved order (rc.order); null for a fact with no time. */
  sequence: number | null;
}

/**
 * The marks in time order: by their place in the resolved order (which every stated date, offset
 * and "before/after" respects), then by position on the axis; facts with no time come last, in
 * file order, since nothing places them.
 */
export function rowsInTimeOrder(layout: TimelineLayout, rc: ResolvedCase): TableRow[] {
  const rank = new Map(rc.order.map((key, i) => [key, i]));
  const placed = layout.lanes
    .flatMap((l) =>
      l.marks.map((mark) => ({ mark, lane: l.title, sequence: rank.get(mark.key) ?? null })),
    )
    .sort(
      (a, b) => (a.sequence ?? Infinity) - (b.sequence ?? Infinity) || a.mark.u.at - b.mark.u.at,
    );
  const unplaced = layout.unplaced.map((mark) => ({
    mark,
    lane: LANE_TITLES[mark.lane],
    sequence: null,
  }));
  return [...placed, ...unplaced];
}

/**
 * The chart's content as an accessible table: one row per mark in time order, facts with no time
 * last, with the time as resolved and as stated, the lane, the grade or value and the source.
 * Each row can open the same details as the mark.
 */
export function TimelineTable({ model }: TimelineTableProps) {
  const { layout, c } = model;
  const rows = rowsInTimeOrder(layout, model.rc);
  const untimed = layout.unplaced.length;
  return (
    // A narrow screen scrolls the table sideways: the region takes focus so keys can scroll it.
    <div
      className="table-scroll timeline-table"
      role="region"
      aria-label="Timeline as a table"
      tabIndex={0}
    >
      <table className="points">
        <caption>
          Every mark of the timeline in time order, earliest first ({rows.length} rows)
          {untimed > 0 &&
            `; the last ${untimed === 1 ? 'row has' : `${untimed} rows have`} no reported time`}
        </caption>
        <thead>
          <tr>
            <th scope="col">When (as placed)</th>
            <th scope="col">As stated</th>
            <th scope="col">Lane</th>
            <th scope="col">What</th>
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
                <td>{t.resolved}</td>
                <td>{t.stated}</td>
                <td>{lane}</td>
                <th scope="row">
                  <span className="timeline-table__kind">{markKind(c, m)}</span>{' '}
                  {m.seriesId ? '' : m.label}
                  {m.plan && <span className="tag tag--plan">planned, not an event</span>}
                </th>
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
