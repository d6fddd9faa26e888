import { memo } from 'react';
/** Id of the hatch pattern for a tone inside the defs with the given prefix. */
export function hatchId(prefix: string, tone: string): string {
  return `${prefix}-hatch-${tone}`;
}

/** Id of the order-only band's pattern inside the defs with the given prefix. */
export function bandPatternId(prefix: string): string {
  return `${prefix}-band`;
}

/** Props of GlyphDefs. */
export interface GlyphDefsProps {
  /** Unique id prefix (one per SVG that draws glyphs). */
  prefix: string;
  /** Tones that need a hatch pattern ("not reported" glyphs). */
  tones: readonly string[];
}

/**
 * Patterns drawn by colour class rather than inline style, so they follow the light, dark and
 * high-contrast palettes and work under a strict CSP: one diagonal hatch per tone, and the band
 * hatch that marks "order only — spacing is not time".
 */
export const GlyphDefs = memo(function GlyphDefs({ prefix, tones }: GlyphDefsProps) {
  return (
    <defs>
      {[...new Set(tones)].map((tone) => (
        <pattern
          key={tone}
          id={hatchId(prefix, tone)}
          className={`hatch tone-${tone}`}
          patternUnits="userSpaceOnUse"
          width={5}
          height={5}
          patternTransform="rotate(45)"
        >
          <rect className="hatch__bg" width={5} height={5} />
          <rect className="hatch__line" width={2} height={5} />
        </pattern>
      ))}
      <pattern
        id={bandPatternId(prefix)}
        className="band-hatch"
        patternUnits="userSpaceOnUse"
        width={10}
        height={10}
        patternTransform="rotate(-45)"
      >
        <rect className="band-hatch__bg" width={10} height={10} />
        <rect className="band-hatch__line" width={2} height={10} />
      </pattern>
    </defs>
  );
});
