import { useMemo, type CSSProperties } from 'react';
import type { Case } from '../../core/format/index.ts';
import {
  KEY_INTERVAL_ROWS,
  keyIntervals,
  shortCaseName,
  type KeyIntervals as CaseIntervals,
} from '../../core/intervals/index.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { IntervalCellView } from './IntervalCellView.tsx';
import { caseNodeHref, type SourceHref } from './sourceHref.ts';

/** One case of the table: the case and its resolved times. */
export interface KeyIntervalsCase {
  c: Case;
  rc: ResolvedCase;
}

/** Props of KeyIntervals. */
export interface KeyIntervalsProps {
  /** One or two cases; each becomes a column. */
  cases: readonly KeyIntervalsCase[];
  /** Link of a fact; default: the case page with the fact's mark selected (#/case/<id>?v=1&sel=<key>). */
  hrefFor?: SourceHref;
  /** Id of the table, for a heading or link to point at. */
  id?: string;
}

/** One column's data and names, computed once per case. */
interface Column {
  c: Case;
  name: string;
  k: CaseIntervals;
}

/**
 * The key intervals of one or two cases as a table: rows are intervals, columns are cases. Each
 * cell says only what the source gives ("≈" for a range, "order only", "not reported") and links
 * to the facts it comes from; the definitions of the rows follow the table.
 */
export function KeyIntervals({ cases, hrefFor = caseNodeHref, id }: KeyIntervalsProps) {
  const columns = useMemo<Column[]>(
    () => cases.map(({ c, rc }) => ({ c, name: shortCaseName(c), k: keyIntervals(c, rc) })),
    [cases],
  );
  // The column count lets a narrow container put the cases side by side under each row's name.
  const style = { '--ki-cases': columns.length } as CSSProperties;
  return (
    <div className="key-intervals" style={style}>
      <div className="table-scroll">
        <table className="key-intervals__table" id={id}>
          <caption>
            Key intervals of {columns.map((col) => col.name).join(' and ')}
            <span className="key-intervals__legend">
              Days count from each case’s first CAR-T infusion. “≈” marks a range the source’s times
              allow; “order only” means the source gives the order but nothing bounds the time.
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Interval</th>
              {columns.map((col) => (
                <th scope="col" key={col.c.id} className="key-intervals__case">
                  <a href={hrefFor(col.c.id, null)}>{col.name}</a>
                  <DayZero column={col} hrefFor={hrefFor} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {KEY_INTERVAL_ROWS.map((row, i) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">{row.label}</th>
                {columns.map((col) => (
                  <IntervalCellView
                    key={col.c.id}
                    cell={col.k.rows[i]!.cell}
                    caseId={col.c.id}
                    caseName={col.name}
                    sources={col.c.sources}
                    hrefFor={hrefFor}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="key-intervals__definitions">
        <summary>How each interval is defined</summary>
        <dl>
          {KEY_INTERVAL_ROWS.map((row) => (
            <div key={row.id}>
              <dt>{row.label}</dt>
              <dd>{row.definition}</dd>
            </div>
          ))}
        </dl>
        <p>
          Each value is the tightest range that all of the case’s stated dates, offsets and order
          allow together, never the difference of two dates taken apart: within one chain of stated
          offsets the days are exact; an event known only by its order reads as the range its
          neighbours leave it (“bounds only”), and as “order only” when nothing bounds it on one
          side. Each fact a cell uses is listed under it with its role (“first relapse”).
        </p>
      </details>
    </div>
  );
}

/** Under a column head: which event is day 0, linked to it. */
function DayZero({ column: { c, k }, hrefFor }: { column: Column; hrefFor: SourceHref }) {
  if (!k.infusion) return <span className="key-intervals__day0">no CAR-T infusion recorded</span>;
  const more = k.infusionCount > 1 ? ` (first of ${k.infusionCount})` : '';
  return (
    <span className="key-intervals__day0">
      Day 0:{' '}
      <a
        href={hrefFor(c.id, k.infusion.key)}
        aria-label={`Day 0: ${k.infusion.label} (${shortCaseName(c)} case page)`}
      >
        {k.infusion.label}
      </a>
      {more}
    </span>
  );
}
