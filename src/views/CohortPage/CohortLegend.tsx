import { useId } from 'react';
import type { CohortLegendEntry } from '../../core/cohort/index.ts';
import { Glyph } from '../Timeline/Glyph.tsx';
import { bandPatternId, GlyphDefs } from '../Timeline/GlyphDefs.tsx';
import { Whisker } from '../Timeline/Whisker.tsx';
import { WindowBracket } from '../Timeline/WindowBracket.tsx';
import { LegendIcon, LegendItem } from '../Legend/LegendItem.tsx';

/** Props of CohortLegend. */
export interface CohortLegendProps {
  /** Entries from the core's cohortLegend: exactly what the rows draw. */
  entries: readonly CohortLegendEntry[];
}

function ConventionSample({ k, defs }: { k: string; defs: string }) {
  switch (k) {
    case 'uncertain':
      return <Whisker x0={4} x1={32} y={10} approximate={false} />;
    case 'window':
      return <WindowBracket x0={4} x1={32} y={10} />;
    case 'order':
      return <rect x={2} y={2} width={32} height={16} fill={`url(#${bandPatternId(defs)})`} />;
    default:
      return <path className="swimmer-track__arrow" d="M6,10h22m-6,-6l6,6l-6,6" />;
  }
}

/** The legend of the swimmer plot: marker glyphs, then the time conventions in view. */
export function CohortLegend({ entries }: CohortLegendProps) {
  const defs = `cohortlegend${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <section className="legend cohort-legend tl-theme" aria-labelledby={`${defs}-h`}>
      <h2 id={`${defs}-h`} className="cohort-legend__title">
        Legend
      </h2>
      <svg className="legend__defs" width={0} height={0} aria-hidden="true">
        <GlyphDefs prefix={defs} tones={[]} />
      </svg>
      <ul className="legend__list">
        {entries.map((e) => (
          <LegendItem
            key={e.key}
            entryKey={e.key}
            label={e.label}
            description={e.description}
            icon={
              <LegendIcon>
                {e.glyph ? (
                  <Glyph glyph={e.glyph} x={18} y={10} r={7} defs={defs} />
                ) : (
                  <ConventionSample k={e.key} defs={defs} />
                )}
              </LegendIcon>
            }
          />
        ))}
      </ul>
    </section>
  );
}
