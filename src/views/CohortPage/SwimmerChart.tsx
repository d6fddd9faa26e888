import type { CohortAxis, CohortRow } from '../../core/cohort/index.ts';
import { GlyphDefs } from '../Timeline/GlyphDefs.tsx';
import { axisCaption, SwimmerAxis } from './SwimmerAxis.tsx';
import { SwimmerRow } from './SwimmerRow.tsx';
import { useDefsId } from '../Timeline/useDefsId.ts';

/** Props of SwimmerChart. */
export interface SwimmerChartProps {
  /** Rows in display order. */
  rows: readonly CohortRow[];
  /** The shared columns and scale of the chart. */
  axis: CohortAxis;
  /** Ids picked for the comparison. */
  picked: readonly string[];
  /** Called when a compare box changes. */
  onPick: (id: string, checked: boolean) => void;
}

/** The swimmer plot: one shared axis, then one row per patient in the chosen order. */
export function SwimmerChart({ rows, axis, picked, onPick }: SwimmerChartProps) {
  const defs = useDefsId('cohort');
  const tones = rows.flatMap((r) => r.markers).filter((m) => m.glyph.fill === 'hatched');
  const full = picked.length >= 2;
  return (
    <section className="swimmer" aria-labelledby={`${defs}-h`}>
      <h2 id={`${defs}-h`} className="visually-hidden">
        Swimmer plot
      </h2>
      <svg className="swimmer__defs tl-theme" width={0} height={0} aria-hidden="true">
        <GlyphDefs prefix={defs} tones={tones.map((m) => m.glyph.tone)} />
      </svg>
      <div className="swimmer__axis-row">
        <span className="swimmer__axis-title" aria-hidden="true">
          Patient
        </span>
        <SwimmerAxis axis={axis} defs={defs} />
      </div>
      <p className="swimmer__caption">{axisCaption(axis)}</p>
      <ol className="swimmer__rows">
        {rows.map((r) => (
          <SwimmerRow
            key={r.id}
            row={r}
            axis={axis}
            defs={defs}
            picked={picked.includes(r.id)}
            pickDisabled={full && !picked.includes(r.id)}
            onPick={onPick}
          />
        ))}
      </ol>
    </section>
  );
}
