import type { Glyph as GlyphSpec } from '../../core/layout/types.ts';
import { shapePath, textInside } from '../../scene/index.ts';
import { hatchId } from './GlyphDefs.tsx';

/** Props of Glyph. */
export interface GlyphProps {
  /** What to draw, from the glyph module: shape, fill, text and tone. */
  glyph: GlyphSpec;
  /** Centre x, in the parent's pixels. */
  x: number;
  /** Centre y, in the parent's pixels. */
  y: number;
  /** Half-size in pixels. */
  r: number;
  /** Id prefix of the <defs> that hold the hatch patterns (see GlyphDefs). */
  defs: string;
  /** Draws an intention: dashed outline, no fill (plans). */
  planned?: boolean;
}

const f = (n: number) => Math.round(n * 100) / 100;

/**
 * One glyph: shape for the kind, fill for what is known (solid), not reported (hatched) or absent
 * (hollow), and its text (a grade, "NR", "–", "≈") inside when it fits, else beside it. Meaning
 * never rests on colour alone.
 */
export function Glyph({ glyph, x, y, r, defs, planned = false }: GlyphProps) {
  const fill = planned ? 'hollow' : glyph.fill;
  const inside = textInside(glyph, r);
  return (
    <g
      className={`glyph glyph--${fill} glyph--${glyph.shape} tone-${glyph.tone}${planned ? ' glyph--planned' : ''}`}
      transform={`translate(${f(x)},${f(y)})`}
    >
      <path
        className="glyph__shape"
        d={shapePath(glyph.shape, r)}
        fill={fill === 'hatched' ? `url(#${hatchId(defs, glyph.tone)})` : undefined}
      />
      {glyph.text &&
        (inside ? (
          <text className={`glyph__text glyph__text--${fill}`} y={0.5} dy="0.35em">
            {glyph.text}
          </text>
        ) : (
          <text className="glyph__text glyph__text--beside" x={-r - 2} dy="0.35em">
            {glyph.text}
          </text>
        ))}
    </g>
  );
}
