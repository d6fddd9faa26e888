import type { CohortLegendEntry } from '../../core/cohort/index.ts';
import { Glyph } from '../Timeline/Glyph.tsx';
import { bandPatternId } from '../Timeline/GlyphDefs.tsx';
import { useDefsId } from '../Timeline/useDefsId.ts';
import { Whisker } from '../Timeline/Whisker.tsx';
import { WindowBracket } from '../Timeline/WindowBracket.tsx';
import { LegendFrame } from '../Legend/LegendFrame.tsx';
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

// The swimmer plot has no hatched glyphs: no tone patterns to define.
const NO_TONES: readonly string[] = [];

/** The legend of the swimmer plot: marker glyphs, then the time conventions in view. */
export function CohortLegend({ entries }: CohortLegendProps) {
  const defs = useDefsId('cohortlegend');
  return (
    <LegendFrame defs={defs} tones={NO_TONES} heading="h2" className="cohort-legend">
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
    </LegendFrame>
  );
}
