import type { CohortAxis } from '../../core/cohort/index.ts';
import { SYMLOG_DAYS } from '../../core/cohort/index.ts';
import { bandPatternId } from '../Timeline/GlyphDefs.tsx';

/** Props of SwimmerAxis. */
export interface SwimmerAxisProps {
  /** The shared columns, scale and ticks. */
  axis: CohortAxis;
  /** Id prefix of the pattern defs. */
  defs: string;
}

const HEIGHT = 48;
const f = (n: number) => Math.round(n * 10) / 10;

/** How to read the axis, in words: what the distances mean on this scale. */
export function axisCaption(axis: CohortAxis): string {
  const scale =
    axis.scale === 'symlog'
      ? `symmetric log scale: distances grow slower than time beyond the first ${SYMLOG_DAYS} days, so the first weeks are stretched and years compressed — read days from the ticks, not from lengths`
      : 'linear scale: equal distances are equal times';
  const zones =
    axis.zones.before.slots + axis.zones.after.slots > 0
      ? ' Hatched columns at the sides hold events known only by their order: spacing there is not time.'
      : '';
  return `Days from the first CAR-T infusion (day 0), ${scale}.${zones}`;
}

/** The shared axis above the rows: order-only zone headings and day ticks of the timed part. */
export function SwimmerAxis({ axis, defs }: SwimmerAxisProps) {
  const zones = (['before', 'after'] as const).filter((z) => axis.zones[z].slots > 0);
  return (
    <svg
      className="swimmer-axis tl-theme"
      viewBox={`0 0 ${axis.width} ${HEIGHT}`}
      role="img"
      aria-label={axisCaption(axis)}
    >
      {zones.map((z) => {
        const { x0, x1 } = axis.zones[z];
        const mid = (x0 + x1) / 2;
        return (
          <g key={z} className="swimmer-axis__zone" data-zone={z}>
            <rect
              x={x0}
              y={2}
              width={x1 - x0}
              height={HEIGHT - 4}
              fill={`url(#${bandPatternId(defs)})`}
            />
            <text className="swimmer-axis__zone-label" x={mid} y={17}>
              order only
            </text>
            <text
              className="swimmer-axis__zone-label swimmer-axis__zone-label--small"
              x={mid}
              y={31}
            >
              spacing is
            </text>
            <text
              className="swimmer-axis__zone-label swimmer-axis__zone-label--small"
              x={mid}
              y={42}
            >
              not time
            </text>
          </g>
        );
      })}
      <line
        className="swimmer-axis__line"
        x1={f(axis.time.x0)}
        x2={f(axis.time.x1)}
        y1={HEIGHT - 1}
        y2={HEIGHT - 1}
      />
      {axis.ticks.map((t) => (
        <g key={t.day} className="swimmer-axis__tick" data-tick={t.day}>
          <line x1={f(t.x)} x2={f(t.x)} y1={HEIGHT - 8} y2={HEIGHT - 1} />
          <text
            className={
              t.major ? 'swimmer-axis__label swimmer-axis__label--major' : 'swimmer-axis__label'
            }
            x={f(t.x)}
            y={HEIGHT - 12}
          >
            {t.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
