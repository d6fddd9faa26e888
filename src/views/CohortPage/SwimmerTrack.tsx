import type { CohortAxis, CohortRow } from '../../core/cohort/index.ts';
import { ROW_PX, rowGeometry } from '../../core/cohort/index.ts';
import { bandPatternId } from '../Timeline/GlyphDefs.tsx';
import { SwimmerMarker } from './SwimmerMarker.tsx';

/** Props of SwimmerTrack. */
export interface SwimmerTrackProps {
  /** The row to draw. */
  row: CohortRow;
  /** The shared columns and scale of the chart. */
  axis: CohortAxis;
  /** Id prefix of the pattern defs (see GlyphDefs). */
  defs: string;
}

const f = (n: number) => Math.round(n * 10) / 10;

/**
 * The drawn part of a row: hatched order-only zones, the timed bar from the first to the last
 * timed day, dotted connectors into the zones (sequence, not time), the markers, and an arrow
 * when the response is ongoing.
 */
export function SwimmerTrack({ row, axis, defs }: SwimmerTrackProps) {
  const geo = rowGeometry(row, axis);
  const y = geo.y;
  const zones = (['before', 'after'] as const).filter((z) => axis.zones[z].slots > 0);
  return (
    <svg
      className="swimmer-track tl-theme"
      viewBox={`0 0 ${axis.width} ${ROW_PX}`}
      role="group"
      aria-label={`${row.label}: events from the first CAR-T infusion`}
    >
      {zones.map((z) => (
        <rect
          key={z}
          className="swimmer-track__zone"
          x={axis.zones[z].x0}
          width={axis.zones[z].x1 - axis.zones[z].x0}
          y={2}
          height={ROW_PX - 4}
          fill={`url(#${bandPatternId(defs)})`}
          data-zone={z}
        />
      ))}
      <line
        className="swimmer-track__zero"
        x1={f(axis.x(0))}
        x2={f(axis.x(0))}
        y1={0}
        y2={ROW_PX}
      />
      {geo.connectors.map((c) => (
        <path
          key={`${c.x0}`}
          className="swimmer-track__connector"
          d={`M${f(c.x0)},${y}H${f(c.x1)}`}
        />
      ))}
      {geo.bar && (
        <rect
          className="swimmer-track__bar"
          data-bar={`${row.bar!.from}:${row.bar!.to}`}
          x={f(geo.bar.x0)}
          width={f(geo.bar.x1 - geo.bar.x0)}
          y={y - 3}
          height={6}
          rx={2}
        />
      )}
      {geo.markers.map((g) => (
        <SwimmerMarker
          key={g.marker.eventId}
          g={g}
          caseId={row.id}
          patient={row.label}
          defs={defs}
        />
      ))}
      {geo.arrowX !== null && (
        <path
          className="swimmer-track__arrow"
          data-ongoing="true"
          d={`M${f(geo.arrowX)},${y}h12m-5,-5l5,5l-5,5`}
        >
          <title>Response ongoing at the last follow-up</title>
        </path>
      )}
    </svg>
  );
}
