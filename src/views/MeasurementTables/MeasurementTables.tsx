import type { Case, Series } from '../../core/format/index.ts';
import type { ResolvedCase } from '../../core/time/types.ts';
import { pointValueText, qualifierText } from '../../core/summary/valueText.ts';
import { Notes } from '../Notes/Notes.tsx';
import { SourceRef } from '../Provenance/SourceRef.tsx';
import { TimeText } from '../TimeText/TimeText.tsx';

/** Props of MeasurementTables. */
export interface MeasurementTablesProps {
  /** The case whose measurement series are shown. */
  c: Case;
  /** Its resolved times, for the point times. */
  rc: ResolvedCase;
}

/** One table per measured series; a series the source shows without values says so instead. */
export function MeasurementTables({ c, rc }: MeasurementTablesProps) {
  if (c.measurements.length === 0) return <p className="missing">No measurements are recorded.</p>;
  return (
    <div className="series-list">
      {c.measurements.map((s) => (
        <SeriesBlock key={s.id} series={s} c={c} rc={rc} />
      ))}
    </div>
  );
}

function SeriesBlock({ series: s, c, rc }: { series: Series; c: Case; rc: ResolvedCase }) {
  const about = [
    s.specimen && `Specimen: ${s.specimen}`,
    s.method && `Method: ${s.method}`,
    `Unit: ${s.unit}`,
  ].filter(Boolean);
  return (
    <section className="series" aria-labelledby={`series-${s.id}`} data-series-id={s.id}>
      <h3 id={`series-${s.id}`}>{s.label}</h3>
      <p className="series__meta">
        <span className="series__about">{about.join(' · ')}</span>{' '}
        <SourceRef provenance={s.provenance} sources={c.sources} />
      </p>
      <Notes notes={s.notes} />
      {s.valuesReported === false ? (
        <p className="series__no-values">
          The source shows this measurement (for example in a figure) without readable values, so no
          values are recorded here.
        </p>
      ) : s.points.length === 0 ? (
        <p className="missing">No values are recorded.</p>
      ) : (
        <PointTable series={s} c={c} rc={rc} />
      )}
    </section>
  );
}

function PointTable({ series: s, c, rc }: { series: Series; c: Case; rc: ResolvedCase }) {
  // Resolved order; a point the resolver could not place keeps its file position at the end.
  const seq = (key: string, i: number) => rc.times.get(key)?.sequence ?? rc.order.length + i;
  const rows = s.points
    .map((p, i) => ({ p, key: `${s.id}[${i}]`, at: seq(`${s.id}[${i}]`, i) }))
    .sort((a, b) => a.at - b.at);
  // A table wider than a phone scrolls sideways: keyboard readers reach the scroll by focusing the
  // region (axe: scrollable-region-focusable), named apart from the series' own section.
  return (
    <div className="table-scroll" role="region" aria-label={`Values of ${s.label}`} tabIndex={0}>
      <table className="points">
        {/* The visible heading names the series; the caption labels the table for screen readers. */}
        <caption className="visually-hidden">
          {s.label} ({s.unit})
        </caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Value</th>
            <th scope="col">Qualifier</th>
            <th scope="col">As printed</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ p, key }) => (
            <tr key={key}>
              <td>
                <TimeText c={c} rc={rc} nodeKey={key} />
              </td>
              <td className="num">{pointValueText(p, s.unit)}</td>
              <td>{qualifierText(p.qualifier)}</td>
              <td>{p.asPrinted && <q>{p.asPrinted}</q>}</td>
              <td>
                <SourceRef provenance={p.provenance} sources={c.sources} />
                {p.note && <p className="point__note">{p.note}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
