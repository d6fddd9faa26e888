import { legendFor } from '../../core/glyphs/index.ts';
import type { Glyph as GlyphSpec } from '../../core/layout/types.ts';
import { Glyph } from '../Timeline/Glyph.tsx';
import { useDefsId } from '../Timeline/useDefsId.ts';
import { ConventionIcon } from './ConventionIcon.tsx';
import { compactLegend, moreText } from './compactLegend.ts';
import { CONVENTION_TEXT, type Convention } from './conventions.ts';
import { LegendFrame } from './LegendFrame.tsx';
import { LegendIcon, LegendItem } from './LegendItem.tsx';

/** Props of Legend. */
export interface LegendProps {
  /** Glyphs of the marks in view; the legend lists each distinct one once (core legendFor). */
  glyphs: readonly GlyphSpec[];
  /** Time conventions in view (whiskers, brackets, bands, breaks). */
  conventions: readonly Convention[];
  /**
   * A slide's legend: only what fits in `lines` rows of `width` px at `font` px, toxicities
   * first, the rest counted in a "+N more" entry (compactLegend). Every entry when absent.
   */
  compact?: { width: number; font: number; lines: number } | undefined;
}

/**
 * Explains exactly what the current view draws: every glyph in it, then the time conventions (on
 * a slide, what fits in a few rows and how many more there are).
 */
export function Legend({ glyphs, conventions, compact }: LegendProps) {
  const defs = useDefsId();
  const all = legendFor([...glyphs]);
  const fit = compact
    ? compactLegend(
        [
          ...all,
          ...conventions.map((k) => ({
            key: k,
            label: CONVENTION_TEXT[k].label,
            convention: true,
          })),
        ],
        compact.width,
        compact.font,
        compact.lines,
      )
    : null;
  const entries = fit ? all.filter((e) => fit.keep.has(e.key)) : all;
  const shown = fit ? conventions.filter((k) => fit.keep.has(k)) : conventions;
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
      {shown.map((k) => (
        <LegendItem
          key={k}
          entryKey={k}
          convention
          label={CONVENTION_TEXT[k].label}
          description={CONVENTION_TEXT[k].description}
          icon={<ConventionIcon convention={k} defs={defs} />}
        />
      ))}
      {fit && fit.more > 0 && (
        <li className="legend__item legend__item--more" data-legend-more={fit.more}>
          {moreText(fit.more)}
        </li>
      )}
    </LegendFrame>
  );
}
