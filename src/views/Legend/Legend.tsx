import { legendFor } from '../../core/glyphs/index.ts';
import type { Glyph as GlyphSpec } from '../../core/layout/types.ts';
import { Glyph } from '../Timeline/Glyph.tsx';
import { useDefsId } from '../Timeline/useDefsId.ts';
import { ConventionIcon } from './ConventionIcon.tsx';
import { CONVENTION_TEXT, type Convention } from './conventions.ts';
import { LegendFrame } from './LegendFrame.tsx';
import { LegendIcon, LegendItem } from './LegendItem.tsx';

/** Props of Legend. */
export interface LegendProps {
  /** Glyphs of the marks in view; the legend lists each distinct one once (core legendFor). */
  glyphs: readonly GlyphSpec[];
  /** Time conventions in view (whiskers, brackets, bands, breaks). */
  conventions: readonly Convention[];
}

/** Explains exactly what the current view draws: every glyph in it, then the time conventions. */
export function Legend({ glyphs, conventions }: LegendProps) {
  const defs = useDefsId();
  const entries = legendFor([...glyphs]);
  const hatched = entries.filter((e) => e.glyph.fill === 'hatched').map((e) => e.glyph.tone);
  return (
    <LegendFrame defs={defs} tones={hatched} heading="h3">
      {entries.map((e) => (
        <LegendItem
          key={e.key}
          entryKey={e.key}
          label={e.label}
          description={e.description}
          icon={
            <LegendIcon>
              <Glyph
                glyph={e.glyph}
                x={18}
                y={10}
                r={8}
                defs={defs}
                planned={e.key.startsWith('plan-')}
              />
            </LegendIcon>
          }
        />
      ))}
      {conventions.map((k) => (
        <LegendItem
          key={k}
          entryKey={k}
          convention
          label={CONVENTION_TEXT[k].label}
          description={CONVENTION_TEXT[k].description}
          icon={<ConventionIcon convention={k} defs={defs} />}
        />
      ))}
    </LegendFrame>
  );
}
