import type { ReactNode } from 'react';
import { GlyphDefs } from '../Timeline/GlyphDefs.tsx';

/** Props of LegendFrame. */
export interface LegendFrameProps {
  /** Id prefix of the glyph patterns its icons refer to (useDefsId). */
  defs: string;
  /** Tones whose hatched pattern the icons use. */
  tones: readonly string[];
  /** The heading: h3 under a chart section, h2 where the legend is a page section. */
  heading: 'h2' | 'h3';
  /** Extra class of the section. */
  className?: string;
  /** The legend rows (LegendItem). */
  children: ReactNode;
}

/** The labelled section, glyph patterns and list every legend is drawn in. */
export function LegendFrame({ defs, tones, heading: H, className, children }: LegendFrameProps) {
  return (
    <section
      className={className ? `legend ${className} tl-theme` : 'legend tl-theme'}
      aria-labelledby={`${defs}-h`}
    >
      <H id={`${defs}-h`} className={className ? `${className}__title` : undefined}>
        Legend
      </H>
      <svg className="legend__defs" width={0} height={0} aria-hidden="true">
        <GlyphDefs prefix={defs} tones={tones} />
      </svg>
      <ul className="legend__list">{children}</ul>
    </section>
  );
}
