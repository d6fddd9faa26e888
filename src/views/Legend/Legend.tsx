import { useId } from 'react';
import { legendFor } from '../../core/glyphs/index.ts';
import type { Glyph as GlyphSpec } from '../../core/layout/types.ts';
import { Glyph } from '../Timeline/Glyph.tsx';
import { GlyphDefs } from '../Timeline/GlyphDefs.tsx';
import { ConventionIcon } from './ConventionIcon.tsx';
import { CONVENTION_TEXT, type Convention } from './conventions.ts';
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
  const defs = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const entries = legendFor([...glyphs]);
  const hatched = entries.filter((e) => e.glyph.fill === 'hatched').map((e) => e.glyph.tone);
  return (
    <section className="legend tl-theme" aria-labelledby={`${defs}-h`}>
      <h3 id={`${defs}-h`}>Legend</h3>
      <svg className="legend__defs" width={0} height={0} aria-hidden="true">
        <GlyphDefs prefix={defs} tones={hatched} />
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
      </ul>
    </section>
  );
}
