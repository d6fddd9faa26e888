import { useId } from 'react';
import { legendFor } from '../../core/glyphs/index.ts';
import type { Glyph as GlyphSpec } from '../../core/layout/types.ts';
import { Glyph } from '../Timeline/Glyph.tsx';
import { GlyphDefs } from '../Timeline/GlyphDefs.tsx';
import { ConventionIcon } from './ConventionIcon.tsx';
import { CONVENTION_TEXT, type Convention } from './conventions.ts';

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
          <li key={e.key} className="legend__item" data-legend-key={e.key}>
            <svg
              className="legend__icon"
              width={36}
              height={20}
              viewBox="0 0 36 20"
              aria-hidden="true"
            >
              <Glyph
                glyph={e.glyph}
                x={18}
                y={10}
                r={8}
                defs={defs}
                planned={e.key.startsWith('plan-')}
              />
            </svg>
            <span className="legend__text">
              <span className="legend__label">{e.label}</span>{' '}
              <span className="legend__description">{e.description}</span>
            </span>
          </li>
        ))}
        {conventions.map((k) => (
          <li key={k} className="legend__item legend__item--convention" data-legend-key={k}>
            <ConventionIcon convention={k} defs={defs} />
            <span className="legend__text">
              <span className="legend__label">{CONVENTION_TEXT[k].label}</span>{' '}
              <span className="legend__description">{CONVENTION_TEXT[k].description}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
